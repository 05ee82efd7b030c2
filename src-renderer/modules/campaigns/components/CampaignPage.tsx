import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useLanguage } from '../../../platform/useLanguage';
import { Modal } from '../../../ui/Modal/Modal';
import { openDeal } from '../../dealDrawer/hooks/useDealRoute';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { CAMPAIGN_PAGE_PERIODS, type CampaignPagePeriod, campaignKpiPeriod } from '../utils/campaignKpiPeriod';
import { campaignPeriodText } from '../utils/campaignPeriodText';
import { CampaignCostsEditor } from './CampaignCostsEditor';
import { CampaignFigures } from './CampaignFigures';

const CampaignPageBody = ({
  campaignId,
  sourceName,
  onClose,
}: {
  campaignId: string;
  sourceName(id: string | null): string;
  onClose(): void;
}) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const timeZone = useSettingsStore((state) => state.settings?.['workspace.timeZone'] ?? 'Europe/Moscow');
  const campaign = useLiveQuery('campaigns.get', { id: campaignId }, ['campaigns']).data;
  const [choice, setChoice] = useState<CampaignPagePeriod>('campaign');
  // The page's today, fixed when it opens: the period must not move under the figures while open.
  const [now] = useState(() => Date.now());
  if (!campaign) return <p className="modal-body muted">{t('common.loading')}</p>;
  const period = campaignKpiPeriod(choice, campaign, now, timeZone);

  return (
    <div className="modal-body campaign-page" data-testid="campaign-page">
      <div className="campaign-page-meta">
        <span>{sourceName(campaign.sourceId)}</span>
        {campaign.channel ? <span>{campaign.channel}</span> : null}
        <span>{campaignPeriodText(campaign, t, language)}</span>
        <span className={campaign.status === 'active' ? 'badge badge-won' : 'badge'}>
          {t(`campaigns.status.${campaign.status}`)}
        </span>
        <label className="campaign-period-choice">
          <span className="muted">{t('campaigns.page.period')}</span>
          <select
            className="input"
            value={choice}
            onChange={(event) => setChoice(event.target.value as CampaignPagePeriod)}
          >
            {CAMPAIGN_PAGE_PERIODS.map((option) => (
              <option key={option} value={option}>
                {t(`campaigns.page.periods.${option}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <CampaignFigures
        campaign={campaign}
        period={period}
        onOpenDeal={(id) => {
          onClose();
          openDeal(id);
        }}
      />
      <CampaignCostsEditor campaign={campaign} />
    </div>
  );
};

/** The campaign page: its figures for a chosen period from the KPI engine, its leads and weekly spend. */
export const CampaignPage = ({
  campaignId,
  sourceName,
  onClose,
}: {
  campaignId: string | null;
  sourceName(id: string | null): string;
  onClose(): void;
}) => {
  const { t } = useTranslation();
  const title = useLiveQuery('campaigns.get', campaignId ? { id: campaignId } : null, ['campaigns']).data?.name;
  return (
    <Modal open={campaignId !== null} title={title ?? t('campaigns.form.editTitle')} onClose={onClose} width="wide">
      {campaignId ? <CampaignPageBody campaignId={campaignId} sourceName={sourceName} onClose={onClose} /> : null}
    </Modal>
  );
};
