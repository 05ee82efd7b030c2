import type {
  ControlPoint,
  controlPointCreateInputSchema,
  controlPointsListInputSchema,
  controlPointUpdateInputSchema,
} from '@shared/contract/schemas/controlPoints';
import type { Anchor } from '@shared/domain/listPlacement';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { conflictError } from '../../conflictError';
import type { HandlerContext } from '../../HandlerContext';
import type { RowValues } from '../../changes/ChangeWriter';
import type { ControlPointsTable } from '../../db/schema';
import { notFound } from '../pipelines/notFound';
import { placeInList } from '../pipelines/placeInList';
import { checkNameReset } from '../pipelines/pipelines.service';
import { findPipelineRow, findStageRow } from '../pipelines/pipelines.repo';
import {
  controlPointPositions,
  findControlPointRow,
  listPipelineControlPoints,
  listStageControlPoints,
  toControlPoint,
} from './controlPoints.repo';

type ListInput = z.output<typeof controlPointsListInputSchema>;
type CreateInput = z.output<typeof controlPointCreateInputSchema>;
type Patch = z.output<typeof controlPointUpdateInputSchema>['patch'];

const requirePoint = (ctx: HandlerContext, id: string): ControlPointsTable => {
  const row = findControlPointRow(ctx.db, id);
  if (!row) throw notFound('controlPoint', id);
  return row;
};

const getPoint = (ctx: HandlerContext, id: string): ControlPoint => toControlPoint(requirePoint(ctx, id));

export const listControlPoints = (ctx: HandlerContext, input: ListInput): ControlPoint[] => {
  if ('stageId' in input) {
    if (!findStageRow(ctx.db, input.stageId)) throw notFound('stage', input.stageId);
    return listStageControlPoints(ctx.db, input.stageId, input.includeArchived);
  }
  if (!findPipelineRow(ctx.db, input.pipelineId)) throw notFound('pipeline', input.pipelineId);
  return listPipelineControlPoints(ctx.db, input.pipelineId, input.includeArchived);
};

export const createControlPoint = (ctx: HandlerContext, input: CreateInput): ControlPoint => {
  const id = uuidv7();
  ctx.write((writer, now) => {
    if (!findStageRow(ctx.db, input.stageId)) throw notFound('stage', input.stageId);
    const position = placeInList(writer, 'control_points', controlPointPositions(ctx.db, input.stageId), id, input);
    writer.insert('control_points', {
      id,
      stage_id: input.stageId,
      label: input.label,
      default_key: null,
      required: input.required ? 1 : 0,
      position,
      archived_at: null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
  });
  return getPoint(ctx, id);
};

export const updateControlPoint = (ctx: HandlerContext, id: string, patch: Patch): ControlPoint => {
  ctx.write((writer) => {
    const row = requirePoint(ctx, id);
    const values: RowValues = {};
    if (patch.label !== undefined) {
      checkNameReset(patch.label, row.default_key, 'label');
      values.label = patch.label;
    }
    if (patch.required !== undefined) values.required = patch.required ? 1 : 0;
    writer.update('control_points', id, values, row);
  });
  return getPoint(ctx, id);
};

/** Archived items stop gating at once; deals keep their ticks (history, compliance). */
export const setControlPointArchived = (ctx: HandlerContext, id: string, archived: boolean): ControlPoint => {
  ctx.write((writer, now) => {
    const row = requirePoint(ctx, id);
    if (archived === (row.archived_at !== null)) return;
    writer.update('control_points', id, { archived_at: archived ? now : null }, row);
  });
  return getPoint(ctx, id);
};

export const reorderControlPoint = (ctx: HandlerContext, id: string, anchor: Anchor): ControlPoint[] => {
  const row = requirePoint(ctx, id);
  ctx.write((writer) => {
    if (row.archived_at !== null) {
      throw conflictError('archived', 'An archived item has no place in the order', { id });
    }
    const position = placeInList(writer, 'control_points', controlPointPositions(ctx.db, row.stage_id), id, anchor);
    writer.update('control_points', id, { position }, row);
  });
  return listStageControlPoints(ctx.db, row.stage_id, false);
};
