import type { AnalyticsOverview } from '@shared/contract/schemas/analytics';
import type { KpiReport } from '@shared/contract/schemas/kpi';
import { useTranslation } from 'react-i18next';
import type { FigureFormat } from '../hooks/useFigureFormat';
import type { DrillRequest } from '../utils/DrillRequest';

type Card = {
  key: string;
  value: (report: KpiReport, created: number) => number | null;
  show: (value: number | null) => string;
  drill: DrillRequest['figure'];
  /** Higher is better (colours the change); false for durations. */
  better: 'up' | 'down';
};

type Props = { data: AnalyticsOverview; format: FigureFormat; onDrill(request: DrillRequest): void };

/** The headline figures of the period, each beside the previous period's; a click lists the deals. */
export const KpiCards = ({ data, format, onDrill }: Props) => {
  const { t } = useTranslation();
  const currency = data.current.report.currency;
  const days = (value: number | null) =>
    value === null ? '—' : t('analytics.cards.days', { value: format.decimal(value) });
  const cards: Card[] = [
    { key: 'created', value: (_, created) => created, show: format.int, drill: { figure: 'created' }, better: 'up' },
    {
      key: 'leadToQualified',
      value: (report) => report.leadToQualified,
      show: format.percent,
      drill: { figure: 'qualified' },
      better: 'up',
    },
    { key: 'winRate', value: (report) => report.winRate, show: format.percent, drill: { figure: 'won' }, better: 'up' },
    {
      key: 'revenue',
      value: (report) => report.revenue,
      show: (value) => format.money(value, currency),
      drill: { figure: 'won' },
      better: 'up',
    },
    {
      key: 'avgDealSize',
      value: (report) => report.avgDealSize,
      show: (value) => format.money(value, currency),
      drill: { figure: 'won' },
      better: 'up',
    },
    {
      key: 'salesCycle',
      value: (report) => report.salesCycleDays.median,
      show: days,
      drill: { figure: 'won' },
      better: 'down',
    },
    {
      key: 'speedWithinSla',
      value: (report) => report.speedToLeadHours.withinSla,
      show: format.percent,
      drill: { figure: 'withinSla' },
      better: 'up',
    },
    {
      key: 'compliance',
      value: (report) => report.compliance,
      show: format.percent,
      drill: { figure: 'nonCompliantExits' },
      better: 'up',
    },
  ];
  const created = (period: AnalyticsOverview['current']) => period.funnel[0]?.entered ?? 0;
  return (
    <div className="analytics-cards" data-testid="analytics-cards">
      {cards.map((card) => {
        const now = card.value(data.current.report, created(data.current));
        const before = card.value(data.previous.report, created(data.previous));
        const trend =
          now === null || before === null || now === before
            ? ''
            : now > before === (card.better === 'up')
              ? 'good'
              : 'bad';
        const label = t(`analytics.cards.${card.key}`);
        return (
          <button
            key={card.key}
            type="button"
            className="analytics-card card"
            data-testid={`card-${card.key}`}
            onClick={() => onDrill({ title: label, figure: card.drill })}
          >
            <span className="analytics-card-label">{label}</span>
            <span className="analytics-card-value">{card.show(now)}</span>
            <span className={`analytics-card-previous ${trend}`}>
              {t('analytics.cards.previous', { value: card.show(before) })}
            </span>
          </button>
        );
      })}
    </div>
  );
};
