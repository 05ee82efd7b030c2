import type { DealRow } from '@shared/contract/schemas/deals';
import type { Stage } from '@shared/contract/schemas/pipelines';
import { displayName } from '@shared/i18n/displayName';
import { formatCalendarDate, formatInstant } from '@shared/i18n/formatDates';
import { formatMoney } from '@shared/i18n/formatMoney';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLanguage } from '../../../platform/useLanguage';
import { CellText } from '../../../ui/DataTable/CellText';
import { CompanyLinkCell } from '../../../ui/DataTable/CompanyLinkCell';
import type { ChoosableColumn } from '../../../ui/DataTable/ColumnChooser';
import { defaultHiddenFor } from '../../../ui/DataTable/defaultHiddenFor';
import { DealStatusBadge } from '../components/DealStatusBadge';

const column = createColumnHelper<DealRow>();

/** Column ids in table order (tanstack names accessor columns after their field). */
const DEAL_COLUMN_IDS = [
  'title',
  'companyName',
  'stageId',
  'status',
  'valueMinor',
  'expectedCloseOn',
  'ownerName',
  'createdAt',
] as const;

/** Columns titled by another field's label. */
const COLUMN_LABELS: Partial<Record<string, string>> = {
  companyName: 'company',
  stageId: 'stage',
  valueMinor: 'value',
  ownerName: 'owner',
};

/** Columns hidden until the user asks for them, so the table fits the window as it first opens. */
export const defaultHiddenDealColumns = (windowWidth: number): string[] =>
  defaultHiddenFor(windowWidth, [], ['expectedCloseOn', 'createdAt']);

/** The deals table's columns and the chooser's list; sortable ones are the contract's sort fields. */
export const useDealColumns = (
  stages: readonly Stage[] | null,
): { columns: ColumnDef<DealRow, unknown>[]; choosable: ChoosableColumn[] } => {
  const { t } = useTranslation();
  const language = useLanguage();
  const { timeZone } = useDateFormat();
  return useMemo(() => {
    const stageNames = new Map((stages ?? []).map((stage) => [stage.id, displayName(stage, t, 'stage')]));
    const none = <span className="muted">{t('common.none')}</span>;
    const columns = [
      column.accessor('title', {
        header: () => t('deal.fields.title'),
        size: 200,
        minSize: 160,
        cell: (info) => (
          <a className="deal-title" title={info.getValue()} href={`#/deals?deal=${info.row.original.id}`}>
            {info.getValue()}
          </a>
        ),
      }),
      column.accessor('companyName', {
        header: () => t('deal.fields.company'),
        enableSorting: false,
        size: 150,
        minSize: 100,
        cell: (info) => <CompanyLinkCell companyId={info.row.original.companyId} name={info.getValue()} none={none} />,
      }),
      column.accessor('stageId', {
        header: () => t('deal.fields.stage'),
        enableSorting: false,
        size: 165,
        minSize: 100,
        cell: (info) => <CellText text={stageNames.get(info.getValue()) ?? t('common.none')} />,
      }),
      column.accessor('status', {
        header: () => t('deal.fields.status'),
        enableSorting: false,
        size: 116,
        minSize: 100,
        cell: (info) => <DealStatusBadge status={info.getValue()} />,
      }),
      column.accessor('valueMinor', {
        header: () => t('deal.fields.value'),
        size: 140,
        minSize: 96,
        cell: (info) => (
          <CellText className="num" text={formatMoney(info.getValue(), info.row.original.currency, language)} />
        ),
      }),
      column.accessor('expectedCloseOn', {
        header: () => t('deal.fields.expectedCloseOn'),
        size: 124,
        minSize: 100,
        cell: (info) => {
          const value = info.getValue();
          return <span className="num">{value === null ? none : formatCalendarDate(value, language)}</span>;
        },
      }),
      column.accessor('ownerName', {
        header: () => t('deal.fields.owner'),
        enableSorting: false,
        // «Ответственный» whole beside the last column's resizer room.
        size: 170,
        minSize: 110,
        cell: (info) => {
          const name = info.getValue();
          return name ? <CellText text={name} /> : none;
        },
      }),
      column.accessor('createdAt', {
        header: () => t('deal.fields.createdAt'),
        size: 112,
        minSize: 96,
        cell: (info) => <span className="num muted">{formatInstant(info.getValue(), 'date', language, timeZone)}</span>,
      }),
      // Each accessor is typed by its own value type; the table takes them as one list.
    ] as ColumnDef<DealRow, unknown>[];
    const choosable = DEAL_COLUMN_IDS.map((id) => ({
      id,
      label: t(`deal.fields.${COLUMN_LABELS[id] ?? id}`),
      locked: id === 'title',
    }));
    return { columns, choosable };
  }, [stages, t, language, timeZone]);
};
