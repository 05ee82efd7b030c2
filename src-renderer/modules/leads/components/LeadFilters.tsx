import { LEAD_STEPS } from '@shared/contract/schemas/leads';
import type { LeadSource } from '@shared/contract/schemas/reference';
import { displayName } from '@shared/i18n/displayName';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../ui/form/Select';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { CampaignOptions } from '../../campaigns/components/CampaignOptions';
import { OwnerOptionGroups } from '../../users/components/OwnerOptionGroups';
import { useCurrentUser } from '../../users/hooks/useCurrentUser';
import { ownerOptions } from '../../users/utils/ownerOptions';
import { type LeadsTableState, leadFiltersActive, UNASSIGNED } from '../utils/toLeadsQuery';

type FilterPatch = Partial<Pick<LeadsTableState, 'step' | 'ownerId' | 'sourceId' | 'campaignId'>>;

const NO_FILTERS: FilterPatch = { step: '', ownerId: '', sourceId: '', campaignId: '' };

/** Step, owner (or nobody's: the queue to hand out), source and campaign filters of the inbox. */
export const LeadFilters = ({
  state,
  sources,
  onChange,
}: {
  state: LeadsTableState;
  sources: readonly LeadSource[];
  onChange(patch: FilterPatch): void;
}) => {
  const { t } = useTranslation();
  const { user, users } = useCurrentUser();
  const campaigns = (useLiveQuery('campaigns.list', { includeArchived: true }, ['campaigns']).data ?? []).filter(
    (campaign) => !state.sourceId || campaign.sourceId === state.sourceId || campaign.id === state.campaignId,
  );
  const owners = ownerOptions(
    users ?? [],
    user?.id ?? null,
    state.ownerId === UNASSIGNED ? null : state.ownerId || null,
    {
      includeInactive: true,
    },
  );
  return (
    <div className="filters" role="group" aria-label={t('leads.filtersLabel')}>
      <Select
        className="lead-step-filter"
        aria-label={t('leads.stepFilter')}
        value={state.step}
        onChange={(event) => onChange({ step: event.target.value })}
      >
        <option value="">{t('leads.allSteps')}</option>
        {LEAD_STEPS.map((step) => (
          <option key={step} value={step}>
            {t(`funnel.step.${step}`)}
          </option>
        ))}
      </Select>
      <Select
        aria-label={t('leads.ownerFilter')}
        value={state.ownerId}
        onChange={(event) => onChange({ ownerId: event.target.value })}
      >
        <option value="">{t('leads.allOwners')}</option>
        <option value={UNASSIGNED}>{t('leads.unassigned')}</option>
        <OwnerOptionGroups options={owners} />
      </Select>
      <Select
        aria-label={t('leads.sourceFilter')}
        value={state.sourceId}
        onChange={(event) => {
          const sourceId = event.target.value;
          const campaign = campaigns.find((candidate) => candidate.id === state.campaignId);
          // A campaign of another source would leave the list empty: it goes with the old source.
          onChange(
            campaign && sourceId && campaign.sourceId !== sourceId ? { sourceId, campaignId: '' } : { sourceId },
          );
        }}
      >
        <option value="">{t('leads.allSources')}</option>
        {sources.map((source) => (
          <option key={source.id} value={source.id}>
            {displayName(source, t, 'leadSource')}
          </option>
        ))}
      </Select>
      <Select
        aria-label={t('campaigns.picker.label')}
        value={state.campaignId}
        onChange={(event) => onChange({ campaignId: event.target.value })}
      >
        <CampaignOptions campaigns={campaigns} sources={sources} emptyLabel={t('campaigns.picker.allCampaigns')} />
      </Select>
      {leadFiltersActive(state) ? (
        <button type="button" className="button button-link filters-reset" onClick={() => onChange(NO_FILTERS)}>
          {t('leads.resetFilters')}
        </button>
      ) : null}
    </div>
  );
};
