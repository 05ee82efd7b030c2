import type { Campaign } from '@shared/contract/schemas/campaigns';
import { campaignFitsSource } from '@shared/domain/campaignFitsSource';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';

export type CampaignChoices = {
  /** What the picker offers: running and planned campaigns of the source (all sources when none), and the current one. */
  offered: Campaign[];
  /** Every campaign, archived ones too: to name a deal's campaign and find its source. */
  byId: ReadonlyMap<string, Campaign>;
};

/**
 * The campaigns a deal form may pick. Archived and finished ones leave the list, but a deal's own
 * campaign stays shown whatever its state, so editing another field does not drop it.
 */
export const useCampaignChoices = (sourceId: string | null, currentId: string | null): CampaignChoices => {
  const all = useLiveQuery('campaigns.list', { includeArchived: true }, ['campaigns']).data ?? [];
  const offered = all.filter(
    (campaign) =>
      campaign.id === currentId ||
      ((campaign.status === 'active' || campaign.status === 'planned') &&
        (sourceId === null || campaignFitsSource(campaign.sourceId, sourceId))),
  );
  return { offered, byId: new Map(all.map((campaign) => [campaign.id, campaign])) };
};
