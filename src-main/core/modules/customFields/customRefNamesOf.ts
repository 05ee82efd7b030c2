import type { CustomValues } from '@shared/contract/schemas/customFields';
import type { Db } from '../../db/Db';
import { selectAll } from '../../db/sql';
import { fieldTypesOf } from './customFields.repo';

const REFERENCE_TABLES = { user: 'users', company: 'companies', contact: 'contacts' } as const;
type ReferenceType = keyof typeof REFERENCE_TABLES;

const isReferenceType = (type: string): type is ReferenceType => type in REFERENCE_TABLES;

/**
 * The names of the users, companies and contacts the given records' reference fields point at,
 * per record (`customRefNames` of a table row or board card): one query for the fields' types and
 * at most one per referenced table for a whole page, never one per cell. Tombstoned records keep
 * their name, as in exports: a value names whom it named when it was set.
 */
export const customRefNamesOf = (
  db: Db,
  values: ReadonlyMap<string, CustomValues>,
): Map<string, Record<string, string>> => {
  const fieldIds = new Set<string>();
  for (const record of values.values()) for (const fieldId of Object.keys(record)) fieldIds.add(fieldId);
  if (fieldIds.size === 0) return new Map();
  const referenceFields = new Map<string, ReferenceType>();
  for (const [id, type] of fieldTypesOf(db, fieldIds)) {
    if (isReferenceType(type)) referenceFields.set(id, type);
  }
  if (referenceFields.size === 0) return new Map();

  const wanted: Record<ReferenceType, Set<string>> = { user: new Set(), company: new Set(), contact: new Set() };
  for (const record of values.values()) {
    for (const [fieldId, value] of Object.entries(record)) {
      const type = referenceFields.get(fieldId);
      if (type && typeof value === 'string') wanted[type].add(value);
    }
  }
  const names = new Map<string, string>();
  for (const type of Object.keys(wanted) as ReferenceType[]) {
    const ids = [...wanted[type]];
    if (ids.length === 0) continue;
    const rows = selectAll(db, db.q.selectFrom(REFERENCE_TABLES[type]).select(['id', 'name']).where('id', 'in', ids));
    for (const row of rows) names.set(row.id, row.name);
  }

  const byRecord = new Map<string, Record<string, string>>();
  for (const [recordId, record] of values) {
    const own: Record<string, string> = {};
    for (const [fieldId, value] of Object.entries(record)) {
      const name = referenceFields.has(fieldId) && typeof value === 'string' ? names.get(value) : undefined;
      if (name !== undefined) own[value as string] = name;
    }
    if (Object.keys(own).length > 0) byRecord.set(recordId, own);
  }
  return byRecord;
};
