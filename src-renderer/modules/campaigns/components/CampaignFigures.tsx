import type { Campaign } from '@shared/contract/schemas/campaigns';
import { formatMoney } from '@shared/i18n/formatMoney';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useLanguage } from '../../../platform/useLanguage';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import type { KpiPeriod } from '@shared/domain/kpi/KpiPeriod';

const TABLES = ['deals', 'campaigns', 'campaign_costs', 'stage_transitions'] as const;

/**
 * The campaign's leads, qualified leads, won deals, spend, CPL and cost per qualified lead for the
 * period: the KPI engine's campaign row (kpi.report filtered to the campaign), and the leads
 * behind the figure (its drill-down).
 */
export const CampaignFigures = ({
  campaign,
  period,
  onOpenDeal,
}: {
  campaign: Campaign;
  period: KpiPeriod;
  onOpenDeal(id: string): void;
}) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const currency = useSettingsStore((state) => state.settings?.['workspace.currency'] ?? 'RUB');
  const filters = { campaignId: campaign.id };
  const report = useLiveQuery('kpi.report', { period, filters, compare: false }, TABLES);
  const leads = useLiveQuery(
    'kpi.drillDown',
    { period, filters, figure: 'campaignLeads', campaignId: campaign.id, limit: 50 },
    TABLES,
  );
  const row = report.data?.current.campaigns.find((candidate) => candidate.id === campaign.id);
  const money = (minor: number | null | undefined) =>
    minor === null || minor === undefined ? t('campaigns.page.noValue') : formatMoney(minor, currency, language);
  const figures: [string, string, string][] = [
    ['leads', t('campaigns.page.leads'), String(row?.leads ?? 0)],
    ['qualified', t('campaigns.page.qualified'), String(row?.qualified ?? 0)],
    ['won', t('campaigns.page.won'), String(row?.won ?? 0)],
    ['spend', t('campaigns.page.spend'), money(row?.cost ?? 0)],
    ['cpl', t('campaigns.page.cpl'), money(row?.cpl)],
    ['costPerQualified', t('campaigns.page.costPerQualified'), money(row?.costPerQualified)],
  ];

  if (report.failed) return <p className="field-error">{t('campaigns.page.figuresFailed')}</p>;
  return (
    <>
      <dl className="campaign-figures" data-testid="campaign-figures" aria-busy={report.data === null}>
        {figures.map(([key, label, value]) => (
          <div key={key} className="campaign-figure" data-testid={`campaign-figure-${key}`}>
            <dt className="muted">{label}</dt>
            <dd>{report.data === null ? '…' : value}</dd>
          </div>
        ))}
      </dl>
      <section className="campaign-leads" aria-labelledby="campaign-leads-title">
        <h3 id="campaign-leads-title">{t('campaigns.page.leadsList')}</h3>
        {leads.data && leads.data.deals.length === 0 ? <p className="muted">{t('campaigns.page.noLeads')}</p> : null}
        <ul className="campaign-lead-list">
          {(leads.data?.deals ?? []).map((deal) => (
            <li key={deal.id}>
              <button
                type="button"
                className="campaign-lead-title"
                title={deal.title}
                onClick={() => onOpenDeal(deal.id)}
              >
                {deal.title}
              </button>
              <span className="muted campaign-lead-value">{formatMoney(deal.valueMinor, deal.currency, language)}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
};
