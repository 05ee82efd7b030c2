import type { Deal, DealPatch, dealCreateInputSchema } from '@shared/contract/schemas/deals';
import { positionBetween } from '@shared/domain/positions';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { DomainError } from '../../DomainError';
import type { HandlerContext } from '../../HandlerContext';
import type { RowValues } from '../../changes/ChangeWriter';
import type { Db } from '../../db/Db';
import { findPipeline, findStage, listStages } from '../pipelines/pipelines.repo';
import { getSettings } from '../settings/settings.service';
import { findDealRow, lastPositionInStage, toDeal } from './deals.repo';

type DealCreate = z.output<typeof dealCreateInputSchema>;

const notFound = (id: string) => new DomainError('NOT_FOUND', 'Deal not found', { entity: 'deal', id });

export const getDeal = (db: Db, id: string): Deal => {
  const row = findDealRow(db, id);
  if (!row) throw notFound(id);
  return toDeal(row);
};

const resolveStageId = (db: Db, input: DealCreate): string => {
  if (!findPipeline(db, input.pipelineId)) {
    throw new DomainError('NOT_FOUND', 'Pipeline not found', { entity: 'pipeline', id: input.pipelineId });
  }
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
  if (!first) throw new DomainError('CONFLICT', 'The pipeline has no stages', { id: input.pipelineId });
  return first.id;
};

/** A new deal goes to the end of its column and records its entry as the first transition. */
export const createDeal = (ctx: HandlerContext, input: DealCreate): Deal => {
  const id = ctx.write((writer, now) => {
    const stageId = resolveStageId(ctx.db, input);
    const actor = ctx.actorId();
    const dealId = uuidv7();
    writer.insert('deals', {
      id: dealId,
      title: input.title,
      pipeline_id: input.pipelineId,
      stage_id: stageId,
      position: positionBetween(lastPositionInStage(ctx.db, stageId), null),
      status: 'open',
      value_minor: input.valueMinor ?? 0,
      currency: input.currency ?? getSettings(ctx.db)['workspace.currency'],
      kind: input.kind ?? 'new',
      owner_id: input.ownerId === undefined ? actor : input.ownerId,
      company_id: input.companyId ?? null,
      contact_id: input.contactId ?? null,
      source_id: input.sourceId ?? null,
      campaign_id: input.campaignId ?? null,
      expected_close_at: input.expectedCloseAt ?? null,
      stage_entered_at: now,
      won_at: null,
      lost_at: null,
      loss_reason_id: null,
      notes: input.notes ?? null,
      created_by: actor,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
    writer.insert('stage_transitions', {
      id: uuidv7(),
      deal_id: dealId,
      from_stage_id: null,
      to_stage_id: stageId,
      from_status: null,
      to_status: 'open',
      at: now,
      by_user_id: actor,
    });
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
  expectedCloseAt: 'expected_close_at',
  notes: 'notes',
};

/** Writes only the fields that changed; each becomes one change-log message. */
export const updateDeal = (ctx: HandlerContext, id: string, patch: DealPatch): Deal => {
  ctx.write((writer) => {
    const current = findDealRow(ctx.db, id);
    if (!current) throw notFound(id);
    const values: RowValues = {};
    for (const [field, value] of Object.entries(patch) as [keyof DealPatch, RowValues[string] | undefined][]) {
      if (value !== undefined) values[PATCH_COLUMNS[field]] = value;
    }
    writer.update('deals', id, values, current);
  });
  return getDeal(ctx.db, id);
};
