import type { AnalyticsOverview } from '@shared/contract/schemas/analytics';
import { useTranslation } from 'react-i18next';
import type { FigureFormat } from '../hooks/useFigureFormat';
import type { DrillRequest } from '../utils/DrillRequest';
import { type FigureCard, FigureCards } from './FigureCards';

type Props = { data: AnalyticsOverview; format: FigureFormat; onDrill(request: DrillRequest): void };

/**
 * The funnel's last step (DESIGN §6): customer churn, lifetime value, NPS and repeat sales of the
 * period against the period before. Churn and NPS are about customers and answers, not deals, so
 * only repeat sales list deals on a click.
 */
export const RetentionCards = ({ data, format, onDrill }: Props) => {
  const { t } = useTranslation();
  const currency = data.current.report.currency;
  const money = (value: number | null) => format.money(value, currency);
  const cards: FigureCard[] = [
    {
      key: 'churnRate',
      label: t('analytics.retention.churnRate'),
      value: (period) => period.report.churnRate,
      show: format.percent,
      drill: null,
      better: 'down',
    },
    {
      key: 'ltv',
      label: t('analytics.retention.ltv'),
      value: (period) => period.report.ltv,
      show: money,
      drill: null,
      better: 'up',
    },
    {
      key: 'nps',
      label: t('analytics.retention.nps'),
      value: (period) => period.report.nps.score,
      show: format.decimal,
      drill: null,
      better: 'up',
      detail: (period) => t('analytics.retention.npsResponses', { count: period.report.nps.responses }),
    },
    {
      key: 'repeatSales',
      label: t('analytics.retention.repeatSales'),
      value: (period) => period.report.repeatSales.value,
      show: money,
      drill: { figure: 'repeatSales' },
      better: 'up',
      detail: (period) => t('analytics.retention.repeatDeals', { count: period.report.repeatSales.count }),
    },
  ];
  return (
    <section className="analytics-section card" aria-labelledby="analytics-retention-title">
      <h2 id="analytics-retention-title" className="analytics-section-title">
        {t('analytics.retention.title')}
        <span className="analytics-chart-note">{t('analytics.retention.note')}</span>
      </h2>
      <FigureCards data={data} cards={cards} testId="retention-cards" onDrill={onDrill} />
    </section>
  );
};
