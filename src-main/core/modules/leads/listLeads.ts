import type { LeadRow, LeadsListOutput } from '@shared/contract/schemas/leads';
import { leadAgeDays } from '@shared/domain/leadAgeDays';
import { HOUR_MS } from '@shared/domain/leadSla';
import type { HandlerContext } from '../../HandlerContext';
import { withRecordNames } from '../deals/dealRowNames';
import { getSettings } from '../settings/settings.service';
import { leadStages } from './leadStages.repo';
import { dealFirstTouches, type LeadsListQuery, listLeadDeals, namesOf } from './leads.repo';
import { selectAll } from '../../db/sql';
import type { Db } from '../../db/Db';

/**
 * BANT score and ICP fit are not in the Deal shape; read for the page's rows only. The fit is the
 * lead's company's (derived from the approved ICP profiles); a lead without a company has none.
 */
const scoresOf = (db: Db, ids: readonly string[]) =>
  ids.length === 0
    ? new Map<string, { bant_score: number | null; icp_fit: number | null }>()
    : new Map(
        selectAll(
          db,
          db.q
            .selectFrom('deals as d')
            .leftJoin('companies as c', 'c.id', 'd.company_id')
            .select(['d.id as id', 'd.bant_score as bant_score', 'c.icp_fit as icp_fit'])
            .where('d.id', 'in', ids),
        ).map((row) => [row.id, row]),
      );

/**
 * The leads inbox page: open deals in the awareness and interest steps with their age (calendar
 * days in the workspace's zone), the SLA of their stage and what has already met it.
 */
export const listLeads = (ctx: HandlerContext, filter: LeadsListQuery): LeadsListOutput => {
  const now = ctx.clock.now();
  const timeZone = getSettings(ctx.db)['workspace.timeZone'];
  const stages = leadStages(ctx.db, filter);
  const stageById = new Map(stages.map((stage) => [stage.id, stage]));
  const page = withRecordNames(ctx.db, listLeadDeals(ctx.db, filter, stages));
  const touches = dealFirstTouches(ctx.db, page.rows);
  const contacts = namesOf(
    ctx.db,
    'contacts',
    page.rows.map((row) => row.contactId),
  );
  const campaigns = namesOf(
    ctx.db,
    'campaigns',
    page.rows.map((row) => row.campaignId),
  );
  const scores = scoresOf(
    ctx.db,
    page.rows.map((row) => row.id),
  );
  const rows = page.rows.map((deal): LeadRow => {
    const stage = stageById.get(deal.stageId);
    const slaHours = stage?.sla_hours ?? null;
    return {
      ...deal,
      step: stage?.funnel_step ?? 'awareness',
      stage: { name: stage?.name ?? null, defaultKey: stage?.default_key ?? null },
      contactName: deal.contactId ? (contacts.get(deal.contactId) ?? null) : null,
      campaignName: deal.campaignId ? (campaigns.get(deal.campaignId) ?? null) : null,
      ageDays: leadAgeDays(deal.createdAt, now, timeZone),
      slaHours,
      slaDueAt: slaHours === null ? null : deal.stageEnteredAt + slaHours * HOUR_MS,
      firstTouchAt: touches.get(deal.id) ?? null,
      bantScore: scores.get(deal.id)?.bant_score ?? null,
      icpFit: scores.get(deal.id)?.icp_fit ?? null,
    };
  });
  return { rows, total: page.total, now };
};
