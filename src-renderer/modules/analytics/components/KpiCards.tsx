import type { AnalyticsOverview } from '@shared/contract/schemas/analytics';
import { useTranslation } from 'react-i18next';
import type { FigureFormat } from '../hooks/useFigureFormat';
import type { DrillRequest } from '../utils/DrillRequest';
import { type FigureCard, FigureCards } from './FigureCards';

type Props = { data: AnalyticsOverview; format: FigureFormat; onDrill(request: DrillRequest): void };

/** The headline figures of the period, each beside the previous period's; a click lists the deals. */
export const KpiCards = ({ data, format, onDrill }: Props) => {
  const { t } = useTranslation();
  const currency = data.current.report.currency;
  const days = (value: number | null) =>
    value === null ? '—' : t('analytics.cards.days', { value: format.decimal(value) });
  const card = (key: string, rest: Omit<FigureCard, 'key' | 'label'>): FigureCard => ({
    key,
    label: t(`analytics.cards.${key}`),
    ...rest,
  });
  const money = (value: number | null) => format.money(value, currency);
  const cards: FigureCard[] = [
    card('created', {
      value: (period) => period.funnel[0]?.entered ?? 0,
      show: format.int,
      drill: { figure: 'created' },
      better: 'up',
    }),
    card('leadToQualified', {
      value: (period) => period.report.leadToQualified,
      show: format.percent,
      drill: { figure: 'qualified' },
      better: 'up',
    }),
    card('winRate', {
      value: (period) => period.report.winRate,
      show: format.percent,
      drill: { figure: 'won' },
      better: 'up',
    }),
    card('revenue', { value: (period) => period.report.revenue, show: money, drill: { figure: 'won' }, better: 'up' }),
    card('avgDealSize', {
      value: (period) => period.report.avgDealSize,
      show: money,
      drill: { figure: 'won' },
      better: 'up',
    }),
    card('salesCycle', {
      value: (period) => period.report.salesCycleDays.median,
      show: days,
      drill: { figure: 'won' },
      better: 'down',
    }),
    card('speedWithinSla', {
      value: (period) => period.report.speedToLeadHours.withinSla,
      show: format.percent,
      drill: { figure: 'withinSla' },
      better: 'up',
    }),
    card('compliance', {
      value: (period) => period.report.compliance,
      show: format.percent,
      drill: { figure: 'nonCompliantExits' },
      better: 'up',
    }),
  ];
  return <FigureCards data={data} cards={cards} testId="analytics-cards" onDrill={onDrill} />;
};
