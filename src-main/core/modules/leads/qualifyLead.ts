import type { LeadBant, leadQualifyInputSchema } from '@shared/contract/schemas/leads';
import { BANT_PARTS, type BantLevel, bantScore } from '@shared/domain/bantScore';
import type { z } from 'zod';
import type { HandlerContext } from '../../HandlerContext';
import type { Db } from '../../db/Db';
import { selectAll } from '../../db/sql';
import { checkDeal } from '../controlPoints/dealChecklist.service';
import { findDealRow } from '../deals/deals.repo';
import { notFound } from '../pipelines/notFound';

type QualifyInput = z.output<typeof leadQualifyInputSchema>;

const level = (value: number | null): BantLevel | null => (value === null ? null : (value as BantLevel));

export const getLeadBant = (db: Db, id: string): LeadBant => {
  const deal = findDealRow(db, id);
  if (!deal) throw notFound('deal', id);
  return {
    id,
    budget: level(deal.bant_budget),
    authority: level(deal.bant_authority),
    need: level(deal.bant_need),
    timing: level(deal.bant_timing),
    score: deal.bant_score,
  };
};

/** The interest stages' "<part>_confirmed" items of a pipeline, by part. */
const bantPoints = (db: Db, pipelineId: string): Map<string, string> =>
  new Map(
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
    ).map((row) => [String(row.default_key).replace(/_confirmed$/, ''), row.id]),
  );

/**
 * BANT answers and their score (the shared pure function) in one write; a part confirmed (3)
 * ticks its control point through the checklist's own path, so who ticked and when is kept.
 */
export const qualifyLead = (ctx: HandlerContext, input: QualifyInput): LeadBant => {
  ctx.write((writer) => {
    const deal = findDealRow(ctx.db, input.id);
    if (!deal) throw notFound('deal', input.id);
    const { score } = bantScore(input);
    writer.update(
      'deals',
      deal.id,
      {
        bant_budget: input.budget,
        bant_authority: input.authority,
        bant_need: input.need,
        bant_timing: input.timing,
        bant_score: score,
      },
      deal,
    );
    const points = bantPoints(ctx.db, deal.pipeline_id);
    for (const part of BANT_PARTS) {
      const controlPointId = points.get(part);
      if (input[part] === 3 && controlPointId) checkDeal(ctx, { dealId: deal.id, controlPointId, checked: true });
    }
  });
  return getLeadBant(ctx.db, input.id);
};
