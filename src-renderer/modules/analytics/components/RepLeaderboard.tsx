import type { KpiReport } from '@shared/contract/schemas/kpi';
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyExponent } from '@shared/domain/currencyExponent';
import type { AnalyticsNames } from '../hooks/useAnalyticsNames';
import type { FigureFormat } from '../hooks/useFigureFormat';
import type { DrillRequest } from '../utils/DrillRequest';

type Rep = KpiReport['reps'][number];
/** `reviews` is the count behind `reviewAverage`, shown in its cell's title. */
type NumericKey = Exclude<keyof Rep, 'id' | 'name' | 'reviews'>;

type Props = {
  report: KpiReport;
  names: AnalyticsNames;
  format: FigureFormat;
  onDrill(request: DrillRequest): void;
};

/** What a click on each column lists for the rep. */
const drillOf = (key: NumericKey, ownerId: string | null): DrillRequest['figure'] => {
  switch (key) {
    case 'calls':
    case 'meetings':
    case 'emails':
    case 'demos':
    case 'proposals':
      return { figure: 'repActivity', activity: key, ownerId };
    case 'won':
    case 'revenue':
      return { figure: 'repWon', ownerId };
    case 'winRate':
      return { figure: 'repClosed', ownerId };
    case 'overdueTasks':
      return { figure: 'repOverdue', ownerId };
    case 'compliance':
      return { figure: 'repExits', ownerId };
    case 'reviewAverage':
      return { figure: 'repReviewed', ownerId };
  }
};

const NUMERIC: NumericKey[] = [
  'calls',
  'meetings',
  'emails',
  'demos',
  'proposals',
  'won',
  'revenue',
  'winRate',
  'overdueTasks',
  'compliance',
  'reviewAverage',
];

/**
 * From ten million (in whole units) the revenue column reads «123,5 млн ₽», the exact figure in each
 * cell's title: «123 456 789,50 ₽» made the leaderboard scroll sideways at 1280 px.
 */
const COMPACT_REVENUE_FROM = 10_000_000;

const needsCompactRevenue = (reps: readonly Rep[], currency: string): boolean =>
  reps.some((rep) => Math.abs(rep.revenue) >= COMPACT_REVENUE_FROM * 10 ** currencyExponent(currency));

/**
 * A header that wraps between its words only: a hyphen is no place to break (the browser split
 * "E-mails" into «E-» and «mails»).
 */
const HeaderLabel = ({ text }: { text: string }) => (
  <span>
    {text.split(' ').flatMap((word, index) => [
      index > 0 ? ' ' : null,
      <span key={index} className="leaderboard-word">
        {word}
      </span>,
    ])}
  </span>
);

/** Every rep's line for the period, sortable by any column; a number lists the deals behind it. */
export const RepLeaderboard = ({ report, names, format, onDrill }: Props) => {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'revenue', desc: true }]);
  const columns = useMemo<ColumnDef<Rep>[]>(() => {
    const compactRevenue = needsCompactRevenue(report.reps, report.currency);
    const show = (key: NumericKey, value: number | null) =>
      key === 'revenue'
        ? compactRevenue
          ? format.moneyCompact(value, report.currency)
          : format.money(value, report.currency)
        : key === 'winRate' || key === 'compliance'
          ? format.percent(value)
          : key === 'reviewAverage'
            ? format.decimal(value)
            : format.int(value);
    return [
      {
        id: 'rep',
        header: t('kpiReport.columns.rep'),
        accessorFn: (rep) => names.owner(rep.id),
        sortingFn: 'text',
      },
      // A team that does not rate its reps' work is not shown a column of dashes.
      ...NUMERIC.filter((key) => key !== 'reviewAverage' || report.reps.some((rep) => rep.reviews > 0)).map<
        ColumnDef<Rep>
      >((key) => ({
        id: key,
        header: () => <HeaderLabel text={t(`kpiReport.columns.${key}`)} />,
        accessorFn: (rep) => rep[key] ?? undefined,
        // Reps without a rate sort below every rate, whichever way.
        sortUndefined: 'last',
        sortDescFirst: true,
        cell: ({ row }) => {
          const value = row.original[key];
          const text = show(key, value);
          const title =
            key === 'reviewAverage'
              ? t('analytics.reps.reviews', { count: row.original.reviews })
              : key === 'revenue' && compactRevenue
                ? format.money(value, report.currency)
                : undefined;
          if (value === null || value === 0) return text;
          const rep = names.owner(row.original.id);
          return (
            <button
              type="button"
              className="button-link figure-link"
              title={title}
              onClick={() =>
                onDrill({
                  title: t('analytics.figures.rep', { rep, column: t(`kpiReport.columns.${key}`) }),
                  figure: drillOf(key, row.original.id),
                })
              }
            >
              {text}
            </button>
          );
        },
      })),
    ];
  }, [format, names, onDrill, report.currency, report.reps, t]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the table re-renders with this component
  const table = useReactTable({
    data: report.reps,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (rep) => rep.id ?? 'unassigned',
  });
  return (
    <section className="analytics-section card" aria-labelledby="analytics-reps-title">
      <h2 id="analytics-reps-title" className="analytics-section-title">
        {t('analytics.reps.title')}
        <span className="analytics-chart-note">{t('analytics.reps.sortHint')}</span>
      </h2>
      {report.reps.length === 0 ? (
        <p className="muted">{t('analytics.reps.empty')}</p>
      ) : (
        <div className="analytics-table-wrap">
          <table className="analytics-table leaderboard" data-testid="rep-leaderboard">
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const sorted = header.column.getIsSorted();
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        className={header.column.id === 'rep' ? '' : 'numeric'}
                        aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                      >
                        <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          <span aria-hidden="true" className="sort-mark">
                            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                          </span>
                        </button>
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id}>
                  {row.getVisibleCells().map((cell) =>
                    cell.column.id === 'rep' ? (
                      <th key={cell.id} scope="row">
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </th>
                    ) : (
                      <td key={cell.id} className="numeric">
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
