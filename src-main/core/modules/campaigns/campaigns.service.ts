import type { Campaign, CampaignCreateInput, CampaignPatch } from '@shared/contract/schemas/campaigns';
import { v7 as uuidv7 } from 'uuid';
import { DomainError } from '../../DomainError';
import type { HandlerContext } from '../../HandlerContext';
import type { Db } from '../../db/Db';
import type { CampaignsTable } from '../../db/schema';
import type { RowValues } from '../../changes/ChangeWriter';
import { fieldError } from '../companies/fieldError';
import { findLeadSourceRow } from '../leadSources/leadSources.repo';
import { checkNameFree } from '../lossReasons/checkNameFree';
import { getSettings } from '../settings/settings.service';
import { endOfDay, endsOnOf, startOfDay, startsOnOf } from './campaignDates';
import {
  campaignHasDealsOfOtherSource,
  findCampaignRow,
  listCampaignCostRows,
  listCampaignRows,
  toCampaign,
} from './campaigns.repo';

const timeZoneOf = (db: Db): string => getSettings(db)['workspace.timeZone'];

export const requireCampaignRow = (db: Db, id: string): CampaignsTable => {
  const row = findCampaignRow(db, id);
  if (!row) throw new DomainError('NOT_FOUND', 'Campaign not found', { entity: 'campaign', id });
  return row;
};

export const getCampaign = (ctx: HandlerContext, id: string): Campaign =>
  toCampaign(requireCampaignRow(ctx.db, id), timeZoneOf(ctx.db), ctx.clock.now());

export const listCampaigns = (
  ctx: HandlerContext,
  filter: { includeArchived: boolean; sourceId?: string | undefined },
): Campaign[] => {
  const timeZone = timeZoneOf(ctx.db);
  const now = ctx.clock.now();
  return listCampaignRows(ctx.db, filter).map((row) => toCampaign(row, timeZone, now));
};

/** New campaigns go to a live, active source; an unchanged source of an edited one is left alone. */
const checkSource = (db: Db, id: string): void => {
  const source = findLeadSourceRow(db, id);
  if (!source) throw fieldError(['sourceId'], 'source_not_found', 'The lead source does not exist');
  if (source.archived_at !== null) throw fieldError(['sourceId'], 'source_archived', 'The lead source is archived');
};

/** Costs already entered must stay inside the period, or the period's CPL would count spend outside it. */
const checkCostsInside = (db: Db, campaignId: string, startsAt: number | null, endsAt: number | null): void => {
  for (const cost of listCampaignCostRows(db, campaignId)) {
    if (startsAt !== null && cost.period_end <= startsAt) {
      throw fieldError(['startsOn'], 'week_outside_campaign', 'Costs were entered before this start date');
    }
    if (endsAt !== null && cost.period_start >= endsAt) {
      throw fieldError(['endsOn'], 'week_outside_campaign', 'Costs were entered after this end date');
    }
  }
};

export const createCampaign = (ctx: HandlerContext, input: CampaignCreateInput): Campaign => {
  const id = uuidv7();
  ctx.write((writer, now) => {
    const timeZone = timeZoneOf(ctx.db);
    checkSource(ctx.db, input.sourceId);
    checkNameFree(listCampaignRows(ctx.db, { includeArchived: true }), input.name, null);
    writer.insert('campaigns', {
      id,
      name: input.name,
      source_id: input.sourceId,
      channel: input.channel,
      starts_at: input.startsOn === null ? null : startOfDay(input.startsOn, timeZone),
      ends_at: input.endsOn === null ? null : endOfDay(input.endsOn, timeZone),
      archived_at: null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
  });
  return getCampaign(ctx, id);
};

/** Only the fields that changed are written, each one change-log message. */
export const updateCampaign = (ctx: HandlerContext, id: string, patch: CampaignPatch): Campaign => {
  ctx.write((writer) => {
    const current = requireCampaignRow(ctx.db, id);
    const timeZone = timeZoneOf(ctx.db);
    const values: RowValues = {};
    if (patch.name !== undefined) {
      checkNameFree(listCampaignRows(ctx.db, { includeArchived: true }), patch.name, id);
      values['name'] = patch.name;
    }
    if (patch.sourceId !== undefined && patch.sourceId !== current.source_id) {
      checkSource(ctx.db, patch.sourceId);
      if (campaignHasDealsOfOtherSource(ctx.db, id, patch.sourceId)) {
        throw fieldError(['sourceId'], 'campaign_source_in_use', 'Deals of the current source use this campaign');
      }
      values['source_id'] = patch.sourceId;
    }
    if (patch.channel !== undefined) values['channel'] = patch.channel;
    const startsOn = patch.startsOn === undefined ? startsOnOf(current.starts_at, timeZone) : patch.startsOn;
    const endsOn = patch.endsOn === undefined ? endsOnOf(current.ends_at, timeZone) : patch.endsOn;
    if (startsOn !== null && endsOn !== null && endsOn < startsOn) {
      throw fieldError(
        [patch.endsOn === undefined ? 'startsOn' : 'endsOn'],
        'ends_before_start',
        'Ends before it starts',
      );
    }
    if (patch.startsOn !== undefined || patch.endsOn !== undefined) {
      const startsAt = startsOn === null ? null : startOfDay(startsOn, timeZone);
      const endsAt = endsOn === null ? null : endOfDay(endsOn, timeZone);
      checkCostsInside(ctx.db, id, startsAt, endsAt);
      if (patch.startsOn !== undefined) values['starts_at'] = startsAt;
      if (patch.endsOn !== undefined) values['ends_at'] = endsAt;
    }
    writer.update('campaigns', id, values, current);
  });
  return getCampaign(ctx, id);
};

/** Archiving keeps the campaign on its deals and its costs in the figures; it only leaves the pickers. */
export const setCampaignArchived = (ctx: HandlerContext, id: string, archived: boolean): Campaign => {
  ctx.write((writer, now) => {
    const row = requireCampaignRow(ctx.db, id);
    if (!archived) checkNameFree(listCampaignRows(ctx.db, { includeArchived: true }), row.name, id);
    if (archived !== (row.archived_at !== null))
      writer.update('campaigns', id, { archived_at: archived ? now : null }, row);
  });
  return getCampaign(ctx, id);
};
