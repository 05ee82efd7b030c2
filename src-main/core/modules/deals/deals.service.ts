import type { Deal, DealPatch, dealCreateInputSchema } from '@shared/contract/schemas/deals';
import { convertMinorUnits } from '@shared/domain/currencyExponent';
import { positionBetween } from '@shared/domain/positions';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { DomainError } from '../../DomainError';
import { conflictError } from '../../conflictError';
import type { HandlerContext } from '../../HandlerContext';
import type { Db } from '../../db/Db';
import { findPipeline, findStage, listStages } from '../pipelines/pipelines.repo';
import { getSettings } from '../settings/settings.service';
import { firstCardPosition, lastCardPosition } from './dealColumn.repo';
import { findDealRow, findDealRowIncludingDeleted, toDeal } from './deals.repo';
import { recordTransition } from './recordTransition';
import { enforceCreateGate } from './enforceGate';
import { checkDealReferences } from './checkDealReferences';
import { withCampaignSource } from './withCampaignSource';
import type { ChangeWriter } from '../../changes/ChangeWriter';
import { dealCheckId, requireCheckablePoint } from '../controlPoints/dealChecklist.service';
import { patchToColumns } from '../../changes/patchToColumns';
import { setCustomValues } from '../customFields/setCustomValues';

type DealCreate = z.output<typeof dealCreateInputSchema>;

const notFound = (id: string) => new DomainError('NOT_FOUND', 'Deal not found', { entity: 'deal', id });

export const getDeal = (db: Db, id: string): Deal => {
  const row = findDealRow(db, id);
  if (!row) throw notFound(id);
  return toDeal(row);
};

/** An archived pipeline is on no board: a deal put there would vanish from sight. */
export const requireActivePipeline = (db: Db, pipelineId: string): void => {
  const pipeline = findPipeline(db, pipelineId);
  if (!pipeline) throw new DomainError('NOT_FOUND', 'Pipeline not found', { entity: 'pipeline', id: pipelineId });
  if (pipeline.archivedAt !== null) {
    throw conflictError('pipeline_archived', 'The pipeline is archived', { pipelineId });
  }
};

const resolveStageId = (db: Db, input: DealCreate): string => {
  requireActivePipeline(db, input.pipelineId);
  if (input.stageId) {
    const stage = findStage(db, input.stageId);
    if (!stage || stage.pipelineId !== input.pipelineId || stage.archivedAt !== null) {
      throw new DomainError('BAD_INPUT', 'The stage does not belong to this pipeline', {
        field: 'stageId',
      });
    }
    return stage.id;
  }
  const first = listStages(db, input.pipelineId, false)[0];
  if (!first) throw conflictError('no_stages', 'The pipeline has no stages', { id: input.pipelineId });
  return first.id;
};

/** A key at the start or the end of a column: one index lookup, whatever the column's size. */
const newCardPosition = (db: Db, stageId: string, placeAt: DealCreate['placeAt']): string =>
  placeAt === 'start'
    ? positionBetween(null, firstCardPosition(db, stageId))
    : positionBetween(lastCardPosition(db, stageId), null);

/** The creator's ticks, checked before anything is written: items of this pipeline, active. */
const creationTicks = (ctx: HandlerContext, input: DealCreate, stageId: string): string[] => {
  const ids = [...new Set(input.checkedControlPointIds ?? [])];
  for (const id of ids) requireCheckablePoint(ctx.db, input.pipelineId, id);
  enforceCreateGate(ctx.db, input.pipelineId, stageId, new Set(ids), input.customValues);
  return ids;
};

const insertTicks = (
  writer: ChangeWriter,
  dealId: string,
  ids: readonly string[],
  actor: string | null,
  now: number,
) => {
  for (const controlPointId of ids) {
    writer.insert('deal_checks', {
      id: dealCheckId(dealId, controlPointId),
      deal_id: dealId,
      control_point_id: controlPointId,
      checked: 1,
      checked_by: actor,
      checked_at: now,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
  }
};

/**
 * A new deal goes to the end of its column (or the top, for the board's quick add) and records its
 * entry as the first transition. Straight into a later stage, it is gated like a skip from the
 * first stage: its creator ticks the earlier stages' required items in the same write.
 */
export const createDeal = (ctx: HandlerContext, given: DealCreate): Deal => {
  const id = ctx.write((writer, now) => {
    const input = withCampaignSource(ctx.db, given);
    const stageId = resolveStageId(ctx.db, input);
    checkDealReferences(ctx.db, [], input);
    const ticks = creationTicks(ctx, input, stageId);
    const actor = ctx.actorId();
    const dealId = uuidv7();
    writer.insert('deals', {
      id: dealId,
      title: input.title,
      pipeline_id: input.pipelineId,
      stage_id: stageId,
      position: newCardPosition(ctx.db, stageId, input.placeAt),
      status: 'open',
      value_minor: input.valueMinor ?? 0,
      currency: input.currency ?? getSettings(ctx.db)['workspace.currency'],
      kind: input.kind ?? 'new',
      owner_id: input.ownerId === undefined ? actor : input.ownerId,
      company_id: input.companyId ?? null,
      contact_id: input.contactId ?? null,
      source_id: input.sourceId ?? null,
      campaign_id: input.campaignId ?? null,
      expected_close_on: input.expectedCloseOn ?? null,
      stage_entered_at: now,
      won_at: null,
      lost_at: null,
      loss_reason_id: null,
      // Logged at creation so the first loss note reads as a change in the history, not the initial value.
      loss_note: null,
      notes: input.notes ?? null,
      created_by: actor,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
    recordTransition(writer, {
      dealId,
      fromStageId: null,
      toStageId: stageId,
      fromStatus: null,
      toStatus: 'open',
      at: now,
      byUserId: actor,
    });
    insertTicks(writer, dealId, ticks, actor, now);
    // Every deals.create is a user's form (New deal, quick add, New lead): "always" fields must come with it.
    setCustomValues(
      ctx.db,
      writer,
      now,
      { entity: 'deal', recordId: dealId, values: input.customValues ?? {} },
      { creating: true },
    );
    return dealId;
  });
  return getDeal(ctx.db, id);
};

const PATCH_COLUMNS: Record<keyof DealPatch, string> = {
  title: 'title',
  valueMinor: 'value_minor',
  currency: 'currency',
  kind: 'kind',
  ownerId: 'owner_id',
  companyId: 'company_id',
  contactId: 'contact_id',
  sourceId: 'source_id',
  campaignId: 'campaign_id',
  expectedCloseOn: 'expected_close_on',
  notes: 'notes',
};

/** Writes only the fields that changed; each becomes one change-log message. */
export const updateDeal = (ctx: HandlerContext, id: string, given: DealPatch): Deal =>
  ctx.write((writer, now) => {
    const current = findDealRow(ctx.db, id);
    if (!current) throw notFound(id);
    const patch = withCampaignSource(ctx.db, given, toDeal(current));
    checkDealReferences(ctx.db, ['patch'], patch, toDeal(current));
    const values = patchToColumns(patch, PATCH_COLUMNS);
    // A new currency keeps the amount the user sees: 450 000,50 ₽ becomes 450 001 ¥, not 45 000 050 ¥.
    if (patch.currency !== undefined && patch.valueMinor === undefined && patch.currency !== current.currency) {
      values.value_minor = convertMinorUnits(current.value_minor, current.currency, patch.currency);
    }
    const changed = writer.update('deals', id, values, current);
    // The row as written, without reading it back: this is the hot path of every inline edit.
    return toDeal(changed.length > 0 ? { ...current, ...values, updated_at: now } : current);
  });

/** Tombstone, never a hard delete: the row syncs as deleted and `restoreDeal` undoes it. */
export const deleteDeal = (ctx: HandlerContext, id: string): { id: string; deletedAt: number } =>
  ctx.write((writer, now) => {
    const current = findDealRow(ctx.db, id);
    if (!current) throw notFound(id);
    writer.update('deals', id, { deleted_at: now }, current);
    return { id, deletedAt: now };
  });

/** Undo of a delete; restoring a live deal changes nothing. */
export const restoreDeal = (ctx: HandlerContext, id: string): Deal => {
  ctx.write((writer) => {
    const current = findDealRowIncludingDeleted(ctx.db, id);
    if (!current) throw notFound(id);
    if (current.deleted_at === null) return;
    if (current.status === 'open' && findStage(ctx.db, current.stage_id)?.archivedAt !== null) {
      // Its column was archived meanwhile: restored there, it would sit on no board.
      throw conflictError('stage_archived', "The deal's stage was archived", { id });
    }
    if (current.status === 'open') requireActivePipeline(ctx.db, current.pipeline_id);
    writer.update('deals', id, { deleted_at: null }, current);
  });
  return getDeal(ctx.db, id);
};
