import type { LeadSource } from '@shared/contract/schemas/reference';
import { v7 as uuidv7 } from 'uuid';
import { DomainError } from '../../DomainError';
import { fieldError } from '../companies/fieldError';
import type { HandlerContext } from '../../HandlerContext';
import type { Db } from '../../db/Db';
import type { LeadSourcesTable } from '../../db/schema';
import { checkNameFree } from '../lossReasons/checkNameFree';
import { findLeadSourceRow, listLeadSourceRows, toLeadSource } from './leadSources.repo';

const requireRow = (db: Db, id: string): LeadSourcesTable => {
  const row = findLeadSourceRow(db, id);
  if (!row) throw new DomainError('NOT_FOUND', 'Lead source not found', { entity: 'leadSource', id });
  return row;
};

export const getLeadSource = (db: Db, id: string): LeadSource => toLeadSource(requireRow(db, id));

export const createLeadSource = (ctx: HandlerContext, name: string): LeadSource => {
  const id = uuidv7();
  ctx.write((writer, now) => {
    checkNameFree(listLeadSourceRows(ctx.db, true), name, null);
    writer.insert('lead_sources', {
      id,
      name,
      default_key: null,
      archived_at: null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
  });
  return getLeadSource(ctx.db, id);
};

/** `null` gives a seeded source its translated name back; a custom source must keep a name. */
export const renameLeadSource = (ctx: HandlerContext, id: string, name: string | null): LeadSource => {
  ctx.write((writer) => {
    const row = requireRow(ctx.db, id);
    if (name === null && row.default_key === null) {
      throw fieldError(['name'], 'name_required', 'A custom lead source needs a name');
    }
    if (name !== null) checkNameFree(listLeadSourceRows(ctx.db, true), name, id);
    writer.update('lead_sources', id, { name }, row);
  });
  return getLeadSource(ctx.db, id);
};

export const setLeadSourceArchived = (ctx: HandlerContext, id: string, archived: boolean): LeadSource => {
  ctx.write((writer, now) => {
    const row = requireRow(ctx.db, id);
    if (!archived && row.name !== null) checkNameFree(listLeadSourceRows(ctx.db, true), row.name, id);
    if (archived !== (row.archived_at !== null))
      writer.update('lead_sources', id, { archived_at: archived ? now : null }, row);
  });
  return getLeadSource(ctx.db, id);
};
