import type { Pipeline } from '@shared/contract/schemas/pipelines';
import { DomainError } from '../../DomainError';
import type { HandlerContext } from '../../HandlerContext';
import { listActiveCustomFields } from '../customFields/customFields.repo';
import { notFound } from './notFound';
import { findPipelineRow, toPipeline } from './pipelines.repo';

/**
 * Chooses the deal custom fields a pipeline's board cards show as chips, through the change log
 * (so the choice syncs like the pipeline's name). Only active deal fields: an archived field
 * leaves the cards by itself (the board skips it), but is not chosen anew.
 */
export const setCardFields = (ctx: HandlerContext, id: string, fieldIds: readonly string[]): Pipeline => {
  ctx.write((writer) => {
    const row = findPipelineRow(ctx.db, id);
    if (!row) throw notFound('pipeline', id);
    const active = new Set(listActiveCustomFields(ctx.db, 'deal').map((field) => field.id));
    const unknown = fieldIds.find((fieldId) => !active.has(fieldId));
    if (unknown !== undefined) {
      throw new DomainError('NOT_FOUND', 'customField not found', { entity: 'customField', id: unknown });
    }
    const stored = fieldIds.length === 0 ? null : JSON.stringify(fieldIds);
    if (stored !== row.card_field_ids) writer.update('pipelines', id, { card_field_ids: stored }, row);
  });
  const row = findPipelineRow(ctx.db, id);
  if (!row) throw notFound('pipeline', id);
  return toPipeline(row);
};
