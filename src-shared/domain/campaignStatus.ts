export const CAMPAIGN_STATUSES = ['planned', 'active', 'finished', 'archived'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** What decides a campaign's status: epoch ms, `endsAt` exclusive (the day after its last day). */
export type CampaignDates = { archivedAt: number | null; startsAt: number | null; endsAt: number | null };

/**
 * Derived, never stored, so it moves on by itself as the days pass: archived by hand; else
 * planned before its first day, finished after its last, active in between (open-ended
 * campaigns run until archived).
 */
export const campaignStatus = (campaign: CampaignDates, now: number): CampaignStatus => {
  if (campaign.archivedAt !== null) return 'archived';
  if (campaign.startsAt !== null && now < campaign.startsAt) return 'planned';
  if (campaign.endsAt !== null && now >= campaign.endsAt) return 'finished';
  return 'active';
};
