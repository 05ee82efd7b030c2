import type { LeadBant, leadQualifyInputSchema } from '@shared/contract/schemas/leads';
import type { BantDetails, BantNeedCategory } from '@shared/domain/bantAnswerLevels';
import { BANT_PARTS, type BantLevel } from '@shared/domain/bantScore';
import { calendarDateInZone } from '@shared/domain/calendarDate';
import { scoreBant } from '@shared/domain/scoreBant';
import type { z } from 'zod';
import { conflictError } from '../../conflictError';
import type { HandlerContext } from '../../HandlerContext';
import type { Db } from '../../db/Db';
import type { DealsTable } from '../../db/schema';
import { selectAll } from '../../db/sql';
import { fieldError } from '../companies/fieldError';
import { findContactRow } from '../contacts/contacts.repo';
import { checkDeal } from '../controlPoints/dealChecklist.service';
import { loseDeal, moveDeal } from '../deals/dealMoves.service';
import { findDealRow } from '../deals/deals.repo';
import { notFound } from '../pipelines/notFound';
import { findStageRow, listStages } from '../pipelines/pipelines.repo';
import { getSettings } from '../settings/settings.service';

type QualifyInput = z.output<typeof leadQualifyInputSchema>;

const level = (value: number | null): BantLevel | null => (value === null ? null : (value as BantLevel));

const detailsOf = (deal: DealsTable): BantDetails => ({
  budgetMinor: deal.bant_budget_minor,
  budgetConfirmed: deal.bant_budget_confirmed === null ? null : deal.bant_budget_confirmed === 1,
  authorityContactId: deal.bant_authority_contact_id,
  authorityRole: deal.bant_authority_role,
  needPain: deal.bant_need_pain,
  needCategory: deal.bant_need_category as BantNeedCategory | null,
  timingDate: deal.bant_timing_date,
  timingQuarter: deal.bant_timing_quarter,
});

export const getLeadBant = (db: Db, id: string): LeadBant => {
  const deal = findDealRow(db, id);
  if (!deal) throw notFound('deal', id);
  return {
    id,
    ...(detailsOf(deal) as Omit<LeadBant, 'id' | 'levels' | 'score' | 'qualifiedAt'>),
    levels: {
      budget: level(deal.bant_budget),
      authority: level(deal.bant_authority),
      need: level(deal.bant_need),
      timing: level(deal.bant_timing),
    },
    score: deal.bant_score,
    qualifiedAt: deal.qualified_at,
  };
};

/** The interest stages' "<part>_confirmed" items of a pipeline, as [part, control point id]. */
const bantPoints = (db: Db, pipelineId: string): [string, string][] =>
  selectAll(
    db,
    db.q
      .selectFrom('control_points as cp')
      .innerJoin('stages as s', 's.id', 'cp.stage_id')
      .select(['cp.id', 'cp.default_key'])
      .where('s.pipeline_id', '=', pipelineId)
      .where('s.funnel_step', '=', 'interest')
      .where('s.deleted_at', 'is', null)
      .where('cp.deleted_at', 'is', null)
      .where('cp.archived_at', 'is', null)
      .where(
        'cp.default_key',
        'in',
        BANT_PARTS.map((part) => `${part}_confirmed`),
      ),
  ).map((row) => [String(row.default_key).replace(/_confirmed$/, ''), row.id]);

const checkAuthorityContact = (db: Db, id: string | null): void => {
  if (id === null) return;
  const contact = findContactRow(db, id);
  if (!contact || contact.deleted_at !== null)
    throw fieldError(['authorityContactId'], 'contact_not_found', 'The contact does not exist');
};

/** Qualifying is for open leads: deals still in the awareness or interest step. */
const requireLead = (db: Db, deal: DealsTable): void => {
  if (deal.status !== 'open') {
    throw conflictError('deal_not_open', 'Only an open lead is qualified', { id: deal.id, status: deal.status });
  }
  const step = findStageRow(db, deal.stage_id)?.funnel_step;
  if (step !== 'awareness' && step !== 'interest') {
    throw conflictError('not_a_lead', 'The deal is past the interest step', { id: deal.id });
  }
};

const firstConsiderationStage = (db: Db, pipelineId: string): string => {
  const stage = listStages(db, pipelineId, false).find((row) => row.funnelStep === 'consideration');
  if (!stage) throw conflictError('no_consideration_stage', 'The pipeline has no consideration stage', { pipelineId });
  return stage.id;
};

/**
 * Saves the BANT answers, their levels and score (scoreBant, the workspace's weights, today in its
 * time zone) and, with an outcome, decides the lead — all in one write. Confirmed parts tick their
 * items through the checklist's own path (who and when are kept); qualifying ticks all four, then
 * moves the deal through the gate like a drag would; disqualifying loses it with its reason.
 */
export const qualifyLead = (ctx: HandlerContext, input: QualifyInput): LeadBant => {
  ctx.write((writer, now) => {
    const deal = findDealRow(ctx.db, input.id);
    if (!deal) throw notFound('deal', input.id);
    if (input.outcome !== undefined) requireLead(ctx.db, deal);
    checkAuthorityContact(ctx.db, input.authorityContactId);
    const settings = getSettings(ctx.db);
    const today = calendarDateInZone(now, settings['workspace.timeZone']);
    const { levels, score } = scoreBant(input, settings['bant.weights'], today);
    if (input.outcome === 'qualified' && BANT_PARTS.some((part) => levels[part] === null)) {
      throw conflictError('bant_incomplete', 'Answer all four BANT parts before qualifying', { id: deal.id });
    }
    writer.update(
      'deals',
      deal.id,
      {
        bant_budget_minor: input.budgetMinor,
        bant_budget_confirmed: input.budgetConfirmed === null ? null : input.budgetConfirmed ? 1 : 0,
        bant_authority_contact_id: input.authorityContactId,
        bant_authority_role: input.authorityRole,
        bant_need_pain: input.needPain,
        bant_need_category: input.needCategory,
        bant_timing_date: input.timingDate,
        bant_timing_quarter: input.timingQuarter,
        bant_budget: levels.budget,
        bant_authority: levels.authority,
        bant_need: levels.need,
        bant_timing: levels.timing,
        bant_score: score,
        ...(input.outcome === 'qualified' ? { qualified_at: now } : {}),
      },
      deal,
    );
    for (const [part, controlPointId] of bantPoints(ctx.db, deal.pipeline_id)) {
      const confirmed = input.outcome === 'qualified' || levels[part as keyof typeof levels] === 3;
      if (confirmed) checkDeal(ctx, { dealId: deal.id, controlPointId, checked: true });
    }
    if (input.outcome === 'qualified') {
      moveDeal(ctx, { id: deal.id, toStageId: firstConsiderationStage(ctx.db, deal.pipeline_id) });
    } else if (input.outcome === 'disqualified') {
      loseDeal(ctx, { id: deal.id, lossReasonId: input.lossReasonId, note: input.note });
    }
  });
  return getLeadBant(ctx.db, input.id);
};
