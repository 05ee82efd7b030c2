import type { LossReason } from '@shared/contract/schemas/reference';
import { planPlacement } from '@shared/domain/listPlacement';
import { positionBetween } from '@shared/domain/positions';
import { v7 as uuidv7 } from 'uuid';
import { DomainError } from '../../DomainError';
import { fieldError } from '../companies/fieldError';
import type { HandlerContext } from '../../HandlerContext';
import type { Db } from '../../db/Db';
import type { LossReasonsTable } from '../../db/schema';
import { checkNameFree } from './checkNameFree';
import { findLossReasonRow, listLossReasonRows, toLossReason } from './lossReasons.repo';

const requireRow = (db: Db, id: string): LossReasonsTable => {
  const row = findLossReasonRow(db, id);
  if (!row) throw new DomainError('NOT_FOUND', 'Loss reason not found', { entity: 'lossReason', id });
  return row;
};

export const getLossReason = (db: Db, id: string): LossReason => toLossReason(requireRow(db, id));

/** A new reason goes to the end of the list. */
export const createLossReason = (ctx: HandlerContext, name: string): LossReason => {
  const id = uuidv7();
  ctx.write((writer, now) => {
    const rows = listLossReasonRows(ctx.db, true);
    checkNameFree(rows, name, null);
    writer.insert('loss_reasons', {
      id,
      name,
      default_key: null,
      position: positionBetween(rows.at(-1)?.position ?? null, null),
      archived_at: null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
  });
  return getLossReason(ctx.db, id);
};

/** `null` gives a seeded reason its translated name back; a custom reason must keep a name. */
export const renameLossReason = (ctx: HandlerContext, id: string, name: string | null): LossReason => {
  ctx.write((writer) => {
    const row = requireRow(ctx.db, id);
    if (name === null && row.default_key === null) {
      throw fieldError(['name'], 'name_required', 'A custom loss reason needs a name');
    }
    if (name !== null) checkNameFree(listLossReasonRows(ctx.db, true), name, id);
    writer.update('loss_reasons', id, { name }, row);
  });
  return getLossReason(ctx.db, id);
};

export const setLossReasonArchived = (ctx: HandlerContext, id: string, archived: boolean): LossReason => {
  ctx.write((writer, now) => {
    const row = requireRow(ctx.db, id);
    if (!archived && row.name !== null) checkNameFree(listLossReasonRows(ctx.db, true), row.name, id);
    if (archived !== (row.archived_at !== null))
      writer.update('loss_reasons', id, { archived_at: archived ? now : null }, row);
  });
  return getLossReason(ctx.db, id);
};

/** One write normally; the whole list's keys only when no short key fits between the neighbours. */
export const reorderLossReason = (
  ctx: HandlerContext,
  input: { id: string; afterId?: string | undefined; beforeId?: string | undefined },
): LossReason[] => {
  ctx.write((writer) => {
    requireRow(ctx.db, input.id);
    const rows = listLossReasonRows(ctx.db, true);
    const plan = planPlacement(rows, input.id, { afterId: input.afterId, beforeId: input.beforeId });
    if (!plan.ok) {
      throw new DomainError('BAD_INPUT', 'The neighbour is not in the list', {
        reason: plan.reason,
        id: plan.neighbourId,
      });
    }
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const write of plan.writes)
      writer.update('loss_reasons', write.id, { position: write.position }, byId.get(write.id));
  });
  return listLossReasonRows(ctx.db, true).map(toLossReason);
};
