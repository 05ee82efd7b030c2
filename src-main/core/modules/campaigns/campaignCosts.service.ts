import type { CampaignCost, CampaignCostSetInput } from '@shared/contract/schemas/campaigns';
import { periodRange } from '@shared/domain/kpi/periodRange';
import { v7 as uuidv7 } from 'uuid';
import type { HandlerContext } from '../../HandlerContext';
import { fieldError } from '../companies/fieldError';
import { getSettings } from '../settings/settings.service';
import { findCampaignCostRow, findCampaignRow, listCampaignCostRows, toCampaignCost } from './campaigns.repo';

const weekRange = (week: string, timeZone: string) => {
  try {
    return periodRange({ kind: 'week', week }, timeZone);
  } catch (error) {
    if (error instanceof RangeError) throw fieldError(['week'], 'period_invalid', error.message);
    throw error;
  }
};

export const listCampaignCosts = (ctx: HandlerContext, campaignId: string): CampaignCost[] => {
  const timeZone = getSettings(ctx.db)['workspace.timeZone'];
  return listCampaignCostRows(ctx.db, campaignId).map((row) => toCampaignCost(row, timeZone));
};

/**
 * One entry per campaign and ISO week: setting a week that has one replaces its amount, currency
 * and reach (each changed cell one change-log message); the week must touch the campaign's period.
 * Archived campaigns still take costs (the invoice often comes after the campaign is closed).
 */
export const setCampaignCost = (ctx: HandlerContext, input: CampaignCostSetInput): CampaignCost =>
  ctx.write((writer, now) => {
    const timeZone = getSettings(ctx.db)['workspace.timeZone'];
    const campaign = findCampaignRow(ctx.db, input.campaignId);
    if (!campaign) throw fieldError(['campaignId'], 'campaign_not_found', 'The campaign does not exist');
    const range = weekRange(input.week, timeZone);
    if (
      (campaign.starts_at !== null && range.to <= campaign.starts_at) ||
      (campaign.ends_at !== null && range.from >= campaign.ends_at)
    ) {
      throw fieldError(['week'], 'week_outside_campaign', 'The week is outside the campaign period');
    }
    const values = {
      amount_minor: input.amountMinor,
      currency: input.currency,
      reach: input.visitors,
      impressions: input.impressions,
    };
    const existing = listCampaignCostRows(ctx.db, campaign.id).find((row) => row.period_start === range.from);
    if (existing) {
      writer.update('campaign_costs', existing.id, values, existing);
      return toCampaignCost({ ...existing, ...values, updated_at: now }, timeZone);
    }
    const row = {
      id: uuidv7(),
      campaign_id: campaign.id,
      period_start: range.from,
      period_end: range.to,
      ...values,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    };
    writer.insert('campaign_costs', row);
    return toCampaignCost(row, timeZone);
  });

/** A tombstone: the entry leaves the figures and the change log keeps what it was. */
export const deleteCampaignCost = (ctx: HandlerContext, id: string): { id: string } =>
  ctx.write((writer, now) => {
    const row = findCampaignCostRow(ctx.db, id);
    if (!row) throw fieldError(['id'], 'cost_not_found', 'The cost entry does not exist');
    writer.update('campaign_costs', id, { deleted_at: now }, row);
    return { id };
  });
