import { DEFAULT_LEAD_SOURCES } from '@shared/domain/defaultWorkspace';
import type { CampaignCostsTable, CampaignsTable } from '../../db/schema';
import type { CampaignTemplate } from './catalog/SeedCatalog';
import { DAY } from './createWorkClock';
import type { SeedContext } from './SeedContext';

const WEEK = 7 * DAY;

export type SeedCampaign = {
  id: string;
  sourceId: string;
  sourceKey: string;
  startsAt: number;
  endsAt: number;
  template: CampaignTemplate;
  row: CampaignsTable;
};

export type SeedCampaigns = { campaigns: SeedCampaign[]; costs: CampaignCostsTable[] };

/** Monday 00:00 (workspace time) of the week holding `at`: costs are booked per ISO week. */
const weekStart = (ctx: SeedContext, at: number): number => {
  const day = ctx.clock.dayStart(at);
  return day - ctx.clock.weekday(day + 1) * DAY;
};

/** Midnight (workspace time) this many weeks after a midnight, whatever a DST change did in between. */
const weeksAfter = (ctx: SeedContext, midnight: number, weeks: number): number =>
  ctx.clock.dayStart(midnight + weeks * WEEK + DAY / 2);

/**
 * The campaign's days as planned: its first day and the day after its last (a workspace midnight,
 * as the app stores them), which may lie past the window's end for a campaign still running.
 */
const plannedPeriod = (ctx: SeedContext, template: CampaignTemplate): [number, number] => {
  const { random, start, end } = ctx;
  const span = end - start;
  if (template.kind === 'always') return [weekStart(ctx, start - random.int(4, 20) * WEEK), end];
  if (template.kind === 'event') {
    const from = weekStart(ctx, start + Math.floor(span * (0.2 + random.float() * 0.6)));
    return [from, weeksAfter(ctx, from, 1)];
  }
  const from = weekStart(ctx, start + Math.floor(span * random.float() * 0.5));
  return [from, weeksAfter(ctx, from, random.int(6, 14))];
};

/**
 * Campaigns per lead source, with spend and reach booked per week (campaign_costs): the cost
 * side of CPL and CAC. Weekly spend wobbles around the template's typical figure.
 */
export const generateCampaigns = (ctx: SeedContext): SeedCampaigns => {
  const { random, catalog } = ctx;
  const campaigns: SeedCampaign[] = [];
  const costs: CampaignCostsTable[] = [];
  for (const source of DEFAULT_LEAD_SOURCES) {
    for (const template of catalog.campaigns[source.key] ?? []) {
      const [startsAt, plannedEnd] = plannedPeriod(ctx, template);
      // Leads and spend stop at the window's end; the stored end stays the planned one, so a
      // campaign running at that moment is not shown finished with today as its last day.
      const endsAt = Math.min(ctx.end, plannedEnd);
      const createdAt = startsAt - random.int(1, 10) * DAY;
      const id = ctx.newId(createdAt);
      const campaign: SeedCampaign = {
        id,
        sourceId: source.id,
        sourceKey: source.key,
        startsAt,
        endsAt,
        template,
        row: {
          id,
          name: template.name,
          source_id: source.id,
          starts_at: startsAt,
          ends_at: template.kind === 'always' ? null : plannedEnd,
          channel: null,
          archived_at: null,
          created_at: createdAt,
          updated_at: createdAt,
          deleted_at: null,
        },
      };
      campaigns.push(campaign);
      for (let periodStart = Math.max(startsAt, weekStart(ctx, ctx.start)); periodStart < endsAt; periodStart += WEEK) {
        const periodEnd = periodStart + WEEK;
        // Booked on the Monday after the week closes; the current week is not booked yet.
        const bookedAt = periodEnd + random.int(9, 12) * 3_600_000;
        if (bookedAt > ctx.end) break;
        const factor = Math.max(0.3, 1 + random.normal() * 0.2);
        costs.push({
          id: ctx.newId(bookedAt),
          campaign_id: id,
          period_start: periodStart,
          period_end: periodEnd,
          amount_minor: Math.round(template.weeklyCost * factor) * 100,
          currency: catalog.currency,
          reach: template.weeklyReach === 0 ? null : Math.round(template.weeklyReach * factor),
          impressions: null,
          created_at: bookedAt,
          updated_at: bookedAt,
          deleted_at: null,
        });
      }
    }
  }
  return { campaigns, costs };
};
