import type { leadsAssignInputSchema, leadsDisqualifyInputSchema } from '@shared/contract/schemas/leads';
import type { z } from 'zod';
import type { HandlerContext } from '../../HandlerContext';
import { loseDeal } from '../deals/dealMoves.service';
import { findDealRow } from '../deals/deals.repo';
import { notFound } from '../pipelines/notFound';
import { checkOwner } from '../users/checkOwner';

type AssignInput = z.output<typeof leadsAssignInputSchema>;
type DisqualifyInput = z.output<typeof leadsDisqualifyInputSchema>;

/** One owner for every selected lead, in one transaction: each changed owner is one change-log message. */
export const assignLeads = (ctx: HandlerContext, input: AssignInput): { count: number } =>
  ctx.write((writer) => {
    checkOwner(ctx.db, ['ownerId'], input.ownerId);
    let count = 0;
    for (const id of new Set(input.ids)) {
      const deal = findDealRow(ctx.db, id);
      if (!deal) throw notFound('deal', id);
      count += writer.update('deals', id, { owner_id: input.ownerId }, deal).length > 0 ? 1 : 0;
    }
    return { count };
  });

/**
 * Every selected lead lost with the same reason through `loseDeal` (the single-deal path: the
 * reason is required, a transition is recorded), all in one transaction: if one cannot be lost,
 * none is.
 */
export const disqualifyLeads = (ctx: HandlerContext, input: DisqualifyInput): { count: number } =>
  ctx.write(() => {
    const ids = [...new Set(input.ids)];
    for (const id of ids) loseDeal(ctx, { id, lossReasonId: input.lossReasonId, note: input.note });
    return { count: ids.length };
  });
