import type { Deal, dealLoseInputSchema, dealMoveInputSchema } from '@shared/contract/schemas/deals';
import type { z } from 'zod';
import { DomainError } from '../../DomainError';
import { conflictError } from '../../conflictError';
import type { HandlerContext } from '../../HandlerContext';
import type { Db } from '../../db/Db';
import type { DealsTable } from '../../db/schema';
import { notFound } from '../pipelines/notFound';
import { findStageRow } from '../pipelines/pipelines.repo';
import { findDealRow, findLossReason } from './deals.repo';
import { getDeal, requireActivePipeline } from './deals.service';
import { enforceGate } from './enforceGate';
import { placeDealInColumn } from './placeDealInColumn';
import { recordTransition } from './recordTransition';

type MoveInput = z.output<typeof dealMoveInputSchema>;
type LoseInput = z.output<typeof dealLoseInputSchema>;

const requireDeal = (db: Db, id: string): DealsTable => {
  const deal = findDealRow(db, id);
  if (!deal) throw notFound('deal', id);
  return deal;
};

const requireOpen = (deal: DealsTable): void => {
  if (deal.status !== 'open') {
    throw conflictError('deal_not_open', 'Only open deals move; reopen it first', {
      id: deal.id,
      status: deal.status,
    });
  }
};

/** A stage an open deal may sit in: active, in an active pipeline (else it is on no board). */
const requireActiveStage = (db: Db, stageId: string) => {
  const stage = findStageRow(db, stageId);
  if (!stage) throw notFound('stage', stageId);
  if (stage.archived_at !== null) {
    throw conflictError('stage_archived', 'The stage is archived', { stageId });
  }
  requireActivePipeline(db, stage.pipeline_id);
  return stage;
};

/**
 * Within a column only the position changes. Across columns the deal also gets the new stage
 * (and pipeline), a fresh `stage_entered_at` and a transition row — after the gate let it pass.
 */
export const moveDeal = (ctx: HandlerContext, input: MoveInput): Deal => {
  ctx.write((writer, now) => {
    const deal = requireDeal(ctx.db, input.id);
    requireOpen(deal);
    const target = requireActiveStage(ctx.db, input.toStageId);
    const sameStage = target.id === deal.stage_id;
    if (!sameStage) enforceGate(ctx.db, deal, target);
    const position = placeDealInColumn(ctx.db, writer, deal.id, target.id, input);
    if (sameStage) {
      writer.update('deals', deal.id, { position }, deal);
      return;
    }
    writer.update(
      'deals',
      deal.id,
      { stage_id: target.id, pipeline_id: target.pipeline_id, position, stage_entered_at: now },
      deal,
    );
    recordTransition(writer, {
      dealId: deal.id,
      fromStageId: deal.stage_id,
      toStageId: target.id,
      fromStatus: 'open',
      toStatus: 'open',
      at: now,
      byUserId: ctx.actorId(),
    });
  });
  return getDeal(ctx.db, input.id);
};

/** Won: gated on every stage of the sale up to the last purchase step (see gateRules.ts). */
export const winDeal = (ctx: HandlerContext, id: string): Deal => {
  ctx.write((writer, now) => {
    const deal = requireDeal(ctx.db, id);
    requireOpen(deal);
    enforceGate(ctx.db, deal, null);
    writer.update('deals', id, { status: 'won', won_at: now }, deal);
    recordTransition(writer, {
      dealId: id,
      fromStageId: deal.stage_id,
      toStageId: deal.stage_id,
      fromStatus: 'open',
      toStatus: 'won',
      at: now,
      byUserId: ctx.actorId(),
    });
  });
  return getDeal(ctx.db, id);
};

const requireLossReason = (db: Db, id: string | undefined): string => {
  if (id === undefined) {
    throw new DomainError('LOSS_REASON_REQUIRED', 'Choose why the deal was lost', { field: 'lossReasonId' });
  }
  const reason = findLossReason(db, id);
  if (!reason) throw notFound('lossReason', id);
  if (reason.archived_at !== null) {
    throw new DomainError('BAD_INPUT', 'This loss reason was archived', { field: 'lossReasonId', reason: 'archived' });
  }
  return id;
};

/** Lost from any open stage, never gated, always with a reason (and an optional note). */
export const loseDeal = (ctx: HandlerContext, input: LoseInput): Deal => {
  ctx.write((writer, now) => {
    const deal = requireDeal(ctx.db, input.id);
    requireOpen(deal);
    const lossReasonId = requireLossReason(ctx.db, input.lossReasonId);
    const note = input.note === undefined || input.note === '' ? null : input.note;
    writer.update(
      'deals',
      deal.id,
      { status: 'lost', lost_at: now, loss_reason_id: lossReasonId, loss_note: note },
      deal,
    );
    recordTransition(writer, {
      dealId: deal.id,
      fromStageId: deal.stage_id,
      toStageId: deal.stage_id,
      fromStatus: 'open',
      toStatus: 'lost',
      at: now,
      byUserId: ctx.actorId(),
    });
  });
  return getDeal(ctx.db, input.id);
};

/**
 * Back to open in the stage it was closed in, keeping its place in the column and its stage
 * entry time. Reopening an open deal changes nothing.
 */
export const reopenDeal = (ctx: HandlerContext, id: string): Deal => {
  ctx.write((writer, now) => {
    const deal = requireDeal(ctx.db, id);
    if (deal.status === 'open') return;
    requireActiveStage(ctx.db, deal.stage_id);
    writer.update(
      'deals',
      id,
      { status: 'open', won_at: null, lost_at: null, loss_reason_id: null, loss_note: null },
      deal,
    );
    recordTransition(writer, {
      dealId: id,
      fromStageId: deal.stage_id,
      toStageId: deal.stage_id,
      fromStatus: deal.status,
      toStatus: 'open',
      at: now,
      byUserId: ctx.actorId(),
    });
  });
  return getDeal(ctx.db, id);
};
