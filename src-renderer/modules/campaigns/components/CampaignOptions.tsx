import type { Campaign } from '@shared/contract/schemas/campaigns';
import type { LeadSource } from '@shared/contract/schemas/reference';
import { displayName } from '@shared/i18n/displayName';
import { useTranslation } from 'react-i18next';

/**
 * The <option>s of a campaign picker: "No campaign", then the campaigns grouped by their source
 * (one group when a source is chosen). Archived ones are marked as such.
 */
export const CampaignOptions = ({
  campaigns,
  sources,
  emptyLabel,
}: {
  campaigns: readonly Campaign[];
  sources: readonly LeadSource[];
  /** The first option's text (value ''): "No campaign" unless given. */
  emptyLabel?: string;
}) => {
  const { t } = useTranslation();
  const label = (campaign: Campaign) =>
    campaign.archivedAt === null ? campaign.name : t('campaigns.picker.archived', { name: campaign.name });
  const groups = new Map<string | null, Campaign[]>();
  for (const campaign of campaigns) groups.set(campaign.sourceId, [...(groups.get(campaign.sourceId) ?? []), campaign]);
  const sourceName = (id: string | null) => {
    const source = sources.find((candidate) => candidate.id === id);
    return source ? displayName(source, t, 'leadSource') : t('common.none');
  };
  return (
    <>
      <option value="">{emptyLabel ?? t('campaigns.picker.none')}</option>
      {[...groups].map(([sourceId, members]) => (
        <optgroup key={sourceId ?? 'none'} label={sourceName(sourceId)}>
          {members.map((campaign) => (
            <option key={campaign.id} value={campaign.id}>
              {label(campaign)}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
};
