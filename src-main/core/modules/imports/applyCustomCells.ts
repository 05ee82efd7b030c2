import type { CustomField } from '@shared/contract/schemas/customFields';
import { isCustomImportField } from '@shared/contract/schemas/imports';
import { customCellValue } from '@shared/domain/import/customCellValue';
import { ZodError } from 'zod';
import { getCustomField } from '../customFields/customFields.repo';
import { setCustomValues } from '../customFields/setCustomValues';
import type { ImportSession } from './createImportSession';
import type { ImportRecord } from './ImportRecord';

export const CUSTOM_ENTITY = { deals: 'deal', companies: 'company', contacts: 'contact' } as const;
type CustomImportEntity = keyof typeof CUSTOM_ENTITY;

const fieldsBySession = new WeakMap<ImportSession, Map<string, CustomField | null>>();

/** A mapped custom field, read once per import: live, not archived, of the imported kind of record. */
const fieldOf = (session: ImportSession, entity: CustomImportEntity, fieldId: string): CustomField | null => {
  let fields = fieldsBySession.get(session);
  if (!fields) fieldsBySession.set(session, (fields = new Map()));
  if (!fields.has(fieldId)) {
    const field = getCustomField(session.db, fieldId) ?? null;
    fields.set(fieldId, field && field.entity === CUSTOM_ENTITY[entity] && field.archivedAt === null ? field : null);
  }
  return fields.get(fieldId) ?? null;
};

/** The custom fields this record's file gave values for. */
export const customFieldIdsOf = (record: ImportRecord): string[] =>
  [...record.fields.keys()].filter(isCustomImportField).map((key) => key.slice(3));

/**
 * The record's custom cells onto the row just created or updated, through the import's journal
 * (so an undo reverts them): each read by its field's type (`customCellValue`) and checked by the
 * field's shared rule (`setCustomValues`). A cell that cannot be read or is refused leaves that
 * field as it was and becomes a warning naming the field; the row is imported all the same.
 */
export const applyCustomCells = (
  session: ImportSession,
  entity: CustomImportEntity,
  recordId: string,
  record: ImportRecord,
): void => {
  const workspace = {
    currency: session.settings['workspace.currency'],
    timeZone: session.settings['workspace.timeZone'],
  };
  for (const fieldId of customFieldIdsOf(record)) {
    const cell = String(record.fields.get(`cf:${fieldId}`) ?? '');
    const field = fieldOf(session, entity, fieldId);
    if (!field) {
      record.issues.push({ field: `cf:${fieldId}`, reason: 'custom_field_unknown', value: cell });
      continue;
    }
    const name = field.nameRu || field.nameEn;
    const options = field.options.filter((option) => option.archivedAt === null);
    const read = customCellValue({ type: field.type, options, currency: field.currency }, cell, workspace);
    if (!read.ok) {
      record.issues.push({ field: name, reason: read.reason, value: cell });
      continue;
    }
    try {
      setCustomValues(session.db, session.journal, session.now, {
        entity: CUSTOM_ENTITY[entity],
        recordId,
        values: { [fieldId]: read.value },
      });
    } catch (error) {
      if (!(error instanceof ZodError)) throw error;
      const reason = (error.issues[0] as { params?: { reason?: string } } | undefined)?.params?.reason;
      record.issues.push({ field: name, reason: `custom_${reason ?? 'invalid'}`, value: cell });
    }
  }
};
