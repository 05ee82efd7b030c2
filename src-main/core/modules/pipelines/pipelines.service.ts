import type { Pipeline, pipelineCreateInputSchema } from '@shared/contract/schemas/pipelines';
import { DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { type Anchor, evenPositions } from '@shared/domain/listPlacement';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { DomainError } from '../../DomainError';
import { conflictError } from '../../conflictError';
import type { HandlerContext } from '../../HandlerContext';
import type { ChangeWriter } from '../../changes/ChangeWriter';
import { notFound } from './notFound';
import { placeInList } from './placeInList';
import { findPipelineRow, listPipelines, pipelinePositions, toPipeline } from './pipelines.repo';

type PipelineCreate = z.output<typeof pipelineCreateInputSchema>;

const stamps = (now: number) => ({ created_at: now, updated_at: now, deleted_at: null });

const requirePipeline = (ctx: HandlerContext, id: string) => {
  const row = findPipelineRow(ctx.db, id);
  if (!row) throw notFound('pipeline', id);
  return row;
};

const getPipeline = (ctx: HandlerContext, id: string): Pipeline => toPipeline(requirePipeline(ctx, id));

/**
 * The funnel template: the default stages (names translated from their seeded keys until the user
 * renames them) and their control points, under fresh ids so the new pipeline is independent.
 */
const insertFunnelStages = (writer: ChangeWriter, pipelineId: string, now: number): void => {
  const stagePositions = evenPositions(DEFAULT_STAGES.length);
  DEFAULT_STAGES.forEach((template, index) => {
    const stageId = uuidv7();
    writer.insert('stages', {
      id: stageId,
      pipeline_id: pipelineId,
      name: null,
      default_key: template.key,
      funnel_step: template.step,
      position: stagePositions[index] as string,
      probability: template.probability,
      rot_days: template.rotDays,
      sla_hours: template.slaHours,
      playbook: null,
      archived_at: null,
      ...stamps(now),
    });
    const pointPositions = evenPositions(template.controlPoints.length);
    template.controlPoints.forEach((point, pointIndex) => {
      writer.insert('control_points', {
        id: uuidv7(),
        stage_id: stageId,
        label: null,
        default_key: point.key,
        required: point.required ? 1 : 0,
        position: pointPositions[pointIndex] as string,
        archived_at: null,
        ...stamps(now),
      });
    });
  });
};

export const createPipeline = (ctx: HandlerContext, input: PipelineCreate): Pipeline => {
  const id = uuidv7();
  ctx.write((writer, now) => {
    const position = placeInList(writer, 'pipelines', pipelinePositions(ctx.db), id, input);
    writer.insert('pipelines', {
      id,
      name: input.name,
      default_key: null,
      position,
      archived_at: null,
      card_field_ids: null,
      ...stamps(now),
    });
    if (input.template === 'funnel') insertFunnelStages(writer, id, now);
  });
  return getPipeline(ctx, id);
};

/** A seeded row may go back to its translated name (null); a user-made one must keep a name. */
export const checkNameReset = (name: string | null, defaultKey: string | null, field = 'name'): void => {
  if (name === null && defaultKey === null) {
    throw new DomainError('BAD_INPUT', 'A name is required', { field, reason: 'name_required' });
  }
};

export const renamePipeline = (ctx: HandlerContext, id: string, name: string | null): Pipeline => {
  ctx.write((writer) => {
    const row = requirePipeline(ctx, id);
    checkNameReset(name, row.default_key);
    writer.update('pipelines', id, { name }, row);
  });
  return getPipeline(ctx, id);
};

/** The board always needs a pipeline to show: the last active one stays. */
export const archivePipeline = (ctx: HandlerContext, id: string): Pipeline => {
  ctx.write((writer, now) => {
    const row = requirePipeline(ctx, id);
    if (row.archived_at !== null) return;
    if (!pipelinePositions(ctx.db).some((other) => other.id !== id)) {
      throw conflictError('last_pipeline', 'The last active pipeline cannot be archived', { id });
    }
    writer.update('pipelines', id, { archived_at: now }, row);
  });
  return getPipeline(ctx, id);
};

export const restorePipeline = (ctx: HandlerContext, id: string): Pipeline => {
  ctx.write((writer) => {
    const row = requirePipeline(ctx, id);
    writer.update('pipelines', id, { archived_at: null }, row);
  });
  return getPipeline(ctx, id);
};

export const reorderPipeline = (ctx: HandlerContext, id: string, anchor: Anchor): Pipeline[] => {
  ctx.write((writer) => {
    const row = requirePipeline(ctx, id);
    if (row.archived_at !== null) {
      throw conflictError('archived', 'An archived pipeline has no place in the order', { id });
    }
    const position = placeInList(writer, 'pipelines', pipelinePositions(ctx.db), id, anchor);
    writer.update('pipelines', id, { position }, row);
  });
  return listPipelines(ctx.db, false);
};
