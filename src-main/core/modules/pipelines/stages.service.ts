import type {
  Stage,
  stageArchiveOutputSchema,
  stageCreateInputSchema,
  stageUpdateInputSchema,
} from '@shared/contract/schemas/pipelines';
import { DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import type { Anchor } from '@shared/domain/listPlacement';
import { positionsBetween } from '@shared/domain/positions';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { DomainError } from '../../DomainError';
import { conflictError } from '../../conflictError';
import type { HandlerContext } from '../../HandlerContext';
import type { StagesTable } from '../../db/schema';
import { countOpenDeals, openDealsInColumn, lastCardPosition } from '../deals/dealColumn.repo';
import { findDealRow } from '../deals/deals.repo';
import { enforceGate } from '../deals/enforceGate';
import { recordTransition } from '../deals/recordTransition';
import { notFound } from './notFound';
import { placeInList } from './placeInList';
import { checkNameReset } from './pipelines.service';
import { findPipelineRow, findStageRow, listStages, stagePositions, toStage } from './pipelines.repo';
import { patchToColumns } from '../../changes/patchToColumns';

type StageCreate = z.output<typeof stageCreateInputSchema>;
type StagePatch = z.output<typeof stageUpdateInputSchema>['patch'];
type StageArchive = z.output<typeof stageArchiveOutputSchema>;

const requireStage = (ctx: HandlerContext, id: string): StagesTable => {
  const row = findStageRow(ctx.db, id);
  if (!row) throw notFound('stage', id);
  return row;
};

const getStage = (ctx: HandlerContext, id: string): Stage => toStage(requireStage(ctx, id));

/** A new stage takes the default funnel's probability, rot days and SLA for its step unless given. */
export const createStage = (ctx: HandlerContext, input: StageCreate): Stage => {
  const id = uuidv7();
  ctx.write((writer, now) => {
    if (!findPipelineRow(ctx.db, input.pipelineId)) throw notFound('pipeline', input.pipelineId);
    const template = DEFAULT_STAGES.find((stage) => stage.step === input.funnelStep);
    const position = placeInList(writer, 'stages', stagePositions(ctx.db, input.pipelineId), id, input);
    writer.insert('stages', {
      id,
      pipeline_id: input.pipelineId,
      name: input.name,
      default_key: null,
      funnel_step: input.funnelStep,
      position,
      probability: input.probability ?? template?.probability ?? 0,
      rot_days: input.rotDays === undefined ? (template?.rotDays ?? null) : input.rotDays,
      sla_hours: input.slaHours === undefined ? (template?.slaHours ?? null) : input.slaHours,
      playbook: input.playbook ?? null,
      archived_at: null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
  });
  return getStage(ctx, id);
};

const PATCH_COLUMNS: Record<keyof StagePatch, string> = {
  name: 'name',
  funnelStep: 'funnel_step',
  probability: 'probability',
  rotDays: 'rot_days',
  slaHours: 'sla_hours',
  playbook: 'playbook',
};

export const updateStage = (ctx: HandlerContext, id: string, patch: StagePatch): Stage => {
  ctx.write((writer) => {
    const row = requireStage(ctx, id);
    if (patch.name !== undefined) checkNameReset(patch.name, row.default_key);
    const values = patchToColumns(patch, PATCH_COLUMNS);
    writer.update('stages', id, values, row);
  });
  return getStage(ctx, id);
};

export const reorderStage = (ctx: HandlerContext, id: string, anchor: Anchor): Stage[] => {
  const row = requireStage(ctx, id);
  ctx.write((writer) => {
    if (row.archived_at !== null) {
      throw conflictError('archived', 'An archived stage has no place in the order', { id });
    }
    const position = placeInList(writer, 'stages', stagePositions(ctx.db, row.pipeline_id), id, anchor);
    writer.update('stages', id, { position }, row);
  });
  return listStages(ctx.db, row.pipeline_id, false);
};

const requireTarget = (ctx: HandlerContext, stage: StagesTable, targetId: string): StagesTable => {
  const target = findStageRow(ctx.db, targetId);
  if (!target) throw notFound('stage', targetId);
  if (target.id === stage.id || target.archived_at !== null) {
    throw new DomainError('BAD_INPUT', 'Deals must go to another active stage', {
      field: 'moveDealsToStageId',
      reason: target.id === stage.id ? 'same_stage' : 'stage_archived',
    });
  }
  return target;
};

/**
 * A target ahead of the archived stage is a forward move for its deals, gated as on the board:
 * a deal whose required items (of the archived stage and any stage skipped) are unticked may not
 * be carried past them by a reorganisation. Moving deals back is never gated.
 */
const requireTargetOpen = (ctx: HandlerContext, dealIds: readonly string[], target: StagesTable): void => {
  const blocked = dealIds.filter((dealId) => {
    const deal = findDealRow(ctx.db, dealId);
    if (!deal) return false;
    try {
      enforceGate(ctx.db, deal, target);
      return false;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'GATE_BLOCKED') return true;
      throw error;
    }
  }).length;
  if (blocked > 0) {
    throw conflictError('archive_target_gated', 'Some deals lack required checklist items to move forward', {
      targetStageId: target.id,
      blockedDeals: blocked,
    });
  }
};

/**
 * Archiving never strands a deal: open deals go to the target stage first (end of its column,
 * one transition each; gated only when the target lies ahead, see requireTargetOpen), then the
 * stage is archived, all in one transaction. Won and lost deals keep pointing at the archived stage.
 */
export const archiveStage = (ctx: HandlerContext, id: string, moveDealsToStageId: string | undefined): StageArchive => {
  const moved = ctx.write((writer, now) => {
    const stage = requireStage(ctx, id);
    if (stage.archived_at !== null) return 0;
    if (!stagePositions(ctx.db, stage.pipeline_id).some((other) => other.id !== id)) {
      throw conflictError('last_stage', 'The last active stage of a pipeline cannot be archived', { id });
    }
    const openDeals = countOpenDeals(ctx.db, id);
    if (openDeals > 0 && moveDealsToStageId === undefined) {
      throw new DomainError('STAGE_NOT_EMPTY', 'The stage still has open deals: choose where they go', {
        stageId: id,
        pipelineId: stage.pipeline_id,
        openDeals,
      });
    }
    if (openDeals > 0 && moveDealsToStageId !== undefined) {
      const target = requireTarget(ctx, stage, moveDealsToStageId);
      const deals = openDealsInColumn(ctx.db, id);
      requireTargetOpen(
        ctx,
        deals.map((deal) => deal.id),
        target,
      );
      const positions = positionsBetween(lastCardPosition(ctx.db, target.id), null, deals.length);
      deals.forEach((deal, index) => {
        writer.update(
          'deals',
          deal.id,
          {
            stage_id: target.id,
            pipeline_id: target.pipeline_id,
            position: positions[index] as string,
            stage_entered_at: now,
          },
          deal,
        );
        recordTransition(writer, {
          dealId: deal.id,
          fromStageId: id,
          toStageId: target.id,
          fromStatus: 'open',
          toStatus: 'open',
          at: now,
          byUserId: ctx.actorId(),
        });
      });
    }
    writer.update('stages', id, { archived_at: now }, stage);
    return openDeals;
  });
  return { stage: getStage(ctx, id), movedDeals: moved };
};

export const restoreStage = (ctx: HandlerContext, id: string): Stage => {
  ctx.write((writer) => {
    const row = requireStage(ctx, id);
    writer.update('stages', id, { archived_at: null }, row);
  });
  return getStage(ctx, id);
};
