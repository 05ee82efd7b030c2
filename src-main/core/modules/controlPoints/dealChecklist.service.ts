import type {
  ChecklistItem,
  Checklist,
  ControlPoint,
  dealCheckInputSchema,
} from '@shared/contract/schemas/controlPoints';
import type { z } from 'zod';
import { DomainError } from '../../DomainError';
import { conflictError } from '../../conflictError';
import type { HandlerContext } from '../../HandlerContext';
import type { Db } from '../../db/Db';
import type { DealsTable } from '../../db/schema';
import { findDealRow } from '../deals/deals.repo';
import { notFound } from '../pipelines/notFound';
import { findStageRow } from '../pipelines/pipelines.repo';
import {
  type DealCheckRow,
  findControlPointRow,
  findDealCheckRow,
  listDealChecks,
  listPipelineControlPoints,
} from './controlPoints.repo';

type CheckInput = z.output<typeof dealCheckInputSchema>;

/** One row per (deal, control point): devices ticking the same item converge on one row. */
export const dealCheckId = (dealId: string, controlPointId: string): string => `${dealId}:${controlPointId}`;

const requireDeal = (db: Db, dealId: string): DealsTable => {
  const deal = findDealRow(db, dealId);
  if (!deal) throw notFound('deal', dealId);
  return deal;
};

const toItem = (point: ControlPoint, check: DealCheckRow | undefined): ChecklistItem => {
  const checked = check?.checked === 1;
  return {
    controlPointId: point.id,
    stageId: point.stageId,
    label: point.label,
    defaultKey: point.defaultKey,
    required: point.required,
    position: point.position,
    checked,
    checkedBy: checked ? (check?.checked_by ?? null) : null,
    checkedByName: checked ? (check?.checked_by_name ?? null) : null,
    checkedAt: checked ? (check?.checked_at ?? null) : null,
  };
};

/** The current stage's items (ticked or not) and what is already ticked in the other stages. */
export const dealChecklist = (db: Db, dealId: string): Checklist => {
  const deal = requireDeal(db, dealId);
  const checks = new Map(listDealChecks(db, dealId).map((row) => [row.control_point_id, row]));
  const items = listPipelineControlPoints(db, deal.pipeline_id, false).map((point) =>
    toItem(point, checks.get(point.id)),
  );
  const current = items.filter((item) => item.stageId === deal.stage_id);
  const required = current.filter((item) => item.required);
  return {
    dealId,
    stageId: deal.stage_id,
    items: current,
    otherTicked: items.filter((item) => item.stageId !== deal.stage_id && item.checked),
    required: required.length,
    done: required.filter((item) => item.checked).length,
  };
};

/** An item a deal of `pipelineId` may tick: it exists, is active and belongs to that pipeline. */
export const requireCheckablePoint = (db: Db, pipelineId: string, controlPointId: string) => {
  const point = findControlPointRow(db, controlPointId);
  if (!point) throw notFound('controlPoint', controlPointId);
  if (point.archived_at !== null) {
    throw conflictError('control_point_archived', 'This checklist item was archived', { id: controlPointId });
  }
  if (findStageRow(db, point.stage_id)?.pipeline_id !== pipelineId) {
    throw new DomainError('BAD_INPUT', "The item belongs to another pipeline's stage", {
      field: 'controlPointId',
      reason: 'other_pipeline',
    });
  }
  return point;
};

/**
 * Ticks or unticks an item of any stage of the deal's pipeline (ticking ahead lets a rep clear a
 * stage they are about to skip). A tick records who and when; the change log keeps every
 * tick and untick with its author for the timeline.
 */
export const checkDeal = (ctx: HandlerContext, input: CheckInput): Checklist => {
  ctx.write((writer, now) => {
    const deal = requireDeal(ctx.db, input.dealId);
    requireCheckablePoint(ctx.db, deal.pipeline_id, input.controlPointId);
    const id = dealCheckId(input.dealId, input.controlPointId);
    const values = input.checked
      ? { checked: 1, checked_by: ctx.actorId(), checked_at: now }
      : { checked: 0, checked_by: null, checked_at: null };
    const existing = findDealCheckRow(ctx.db, id);
    if (existing) {
      if ((existing.checked === 1) === input.checked && existing.deleted_at === null) return;
      writer.update('deal_checks', id, { ...values, deleted_at: null }, existing);
    } else if (input.checked) {
      writer.insert('deal_checks', {
        id,
        deal_id: input.dealId,
        control_point_id: input.controlPointId,
        ...values,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      });
    }
  });
  return dealChecklist(ctx.db, input.dealId);
};
