import type { Campaign, CampaignCost } from '@shared/contract/schemas/campaigns';
import { campaignStatus } from '@shared/domain/campaignStatus';
import type { Db } from '../../db/Db';
import type { CampaignCostsTable, CampaignsTable } from '../../db/schema';
import { selectAll, selectFirst } from '../../db/sql';
import { endsOnOf, isoWeekOf, startsOnOf } from './campaignDates';

export const toCampaign = (row: CampaignsTable, timeZone: string, now: number): Campaign => ({
  id: row.id,
  name: row.name,
  sourceId: row.source_id,
  channel: row.channel,
  startsOn: startsOnOf(row.starts_at, timeZone),
  endsOn: endsOnOf(row.ends_at, timeZone),
  status: campaignStatus({ archivedAt: row.archived_at, startsAt: row.starts_at, endsAt: row.ends_at }, now),
  archivedAt: row.archived_at,
  createdAt: row.created_at,
});

export const toCampaignCost = (row: CampaignCostsTable, timeZone: string): CampaignCost => ({
  id: row.id,
  campaignId: row.campaign_id,
  week: isoWeekOf(row.period_start, timeZone),
  periodStart: row.period_start,
  periodEnd: row.period_end,
  amountMinor: row.amount_minor,
  currency: row.currency,
  visitors: row.reach,
  impressions: row.impressions,
});

export const findCampaignRow = (db: Db, id: string): CampaignsTable | undefined =>
  selectFirst(db, db.q.selectFrom('campaigns').selectAll().where('id', '=', id).where('deleted_at', 'is', null));

/** Newest start first within a source; open-started campaigns after dated ones. */
export const listCampaignRows = (
  db: Db,
  filter: { includeArchived: boolean; sourceId?: string | undefined },
): CampaignsTable[] => {
  let query = db.q.selectFrom('campaigns').selectAll().where('deleted_at', 'is', null);
  if (!filter.includeArchived) query = query.where('archived_at', 'is', null);
  if (filter.sourceId !== undefined) query = query.where('source_id', '=', filter.sourceId);
  return selectAll(
    db,
    query
      .orderBy('source_id')
      .orderBy((eb) => eb('starts_at', 'is', null))
      .orderBy('starts_at', 'desc')
      .orderBy('name')
      .orderBy('id'),
  );
};

export const listCampaignCostRows = (db: Db, campaignId: string): CampaignCostsTable[] =>
  selectAll(
    db,
    db.q
      .selectFrom('campaign_costs')
      .selectAll()
      .where('campaign_id', '=', campaignId)
      .where('deleted_at', 'is', null)
      .orderBy('period_start')
      .orderBy('id'),
  );

export const findCampaignCostRow = (db: Db, id: string): CampaignCostsTable | undefined =>
  selectFirst(db, db.q.selectFrom('campaign_costs').selectAll().where('id', '=', id).where('deleted_at', 'is', null));

/** Whether a live deal of another source than `sourceId` points to the campaign. */
export const campaignHasDealsOfOtherSource = (db: Db, campaignId: string, sourceId: string): boolean =>
  selectFirst(
    db,
    db.q
      .selectFrom('deals')
      .select('id')
      .where('campaign_id', '=', campaignId)
      .where('deleted_at', 'is', null)
      .where((eb) => eb.or([eb('source_id', 'is', null), eb('source_id', '!=', sourceId)])),
  ) !== undefined;
