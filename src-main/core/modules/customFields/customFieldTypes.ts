import type { CustomFilter } from '@shared/contract/schemas/customFields';
import type { CustomFieldEntity, CustomFieldType } from '@shared/domain/customFields/customFieldKinds';
import type { Db } from '../../db/Db';
import { DomainError } from '../../DomainError';
import { selectAll } from '../../db/sql';

/**
 * The types of the custom fields a table query filters or sorts by (`cf:<field id>`), which say
 * how each compares; a field that is unknown, deleted or of another kind of record is refused.
 */
export const customFieldTypes = (
  db: Db,
  entity: CustomFieldEntity,
  query: { customFilters?: readonly CustomFilter[] | undefined; sort: { field: string } },
): Map<string, CustomFieldType> => {
  const ids = new Set((query.customFilters ?? []).map((filter) => filter.fieldId));
  if (query.sort.field.startsWith('cf:')) ids.add(query.sort.field.slice(3));
  if (ids.size === 0) return new Map();
  const rows = selectAll(
    db,
    db.q
      .selectFrom('custom_fields')
      .select(['id', 'type'])
      .where('id', 'in', [...ids])
      .where('entity', '=', entity)
      .where('deleted_at', 'is', null),
  );
  const types = new Map(rows.map((row) => [row.id, row.type]));
  for (const id of ids) {
    if (!types.has(id)) throw new DomainError('NOT_FOUND', 'customField not found', { entity: 'customField', id });
  }
  return types;
};
