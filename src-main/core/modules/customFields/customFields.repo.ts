import type { CustomField, CustomFieldOption, CustomValues } from '@shared/contract/schemas/customFields';
import type { CustomFieldEntity } from '@shared/domain/customFields/customFieldKinds';
import { fromStoredCustomValue } from '@shared/domain/customFields/fromStoredCustomValue';
import type { Placed } from '@shared/domain/listPlacement';
import type { Db } from '../../db/Db';
import type { CustomFieldOptionsTable, CustomFieldsTable, CustomValuesTable } from '../../db/schema';
import { prepare, selectAll, selectFirst } from '../../db/sql';

const toOption = (row: CustomFieldOptionsTable): CustomFieldOption => ({
  id: row.id,
  label: row.label,
  colour: row.colour as CustomFieldOption['colour'],
  position: row.position,
  archivedAt: row.archived_at,
});

export const toCustomField = (row: CustomFieldsTable, options: readonly CustomFieldOptionsTable[]): CustomField => ({
  id: row.id,
  entity: row.entity,
  key: row.key,
  nameRu: row.name_ru,
  nameEn: row.name_en,
  type: row.type,
  currency: row.currency,
  required: row.required,
  requiredStageId: row.required_stage_id,
  position: row.position,
  archivedAt: row.archived_at,
  options: options.map(toOption),
});

export const findCustomFieldRow = (db: Db, id: string): CustomFieldsTable | undefined =>
  selectFirst(db, db.q.selectFrom('custom_fields').selectAll().where('id', '=', id).where('deleted_at', 'is', null));

/** Options of the given fields in order, archived ones too. */
export const listOptionRows = (db: Db, fieldIds: readonly string[]): CustomFieldOptionsTable[] =>
  fieldIds.length === 0
    ? []
    : selectAll(
        db,
        db.q
          .selectFrom('custom_field_options')
          .selectAll()
          .where('field_id', 'in', fieldIds)
          .where('deleted_at', 'is', null)
          .orderBy('position')
          .orderBy('id'),
      );

/** Active options in their order, then archived ones (still readable where a record holds one). */
const activeFirst = (a: CustomFieldOptionsTable, b: CustomFieldOptionsTable): number =>
  Number(a.archived_at !== null) - Number(b.archived_at !== null);

const withOptions = (db: Db, rows: readonly CustomFieldsTable[]): CustomField[] => {
  const options = listOptionRows(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) =>
    toCustomField(row, options.filter((option) => option.field_id === row.id).sort(activeFirst)),
  );
};

export const getCustomField = (db: Db, id: string): CustomField | undefined => {
  const row = findCustomFieldRow(db, id);
  return row ? withOptions(db, [row])[0] : undefined;
};

/** Definitions in order: by entity, then position. */
export const listCustomFields = (
  db: Db,
  filter: { entity?: CustomFieldEntity | undefined; includeArchived: boolean },
): CustomField[] => {
  let query = db.q.selectFrom('custom_fields').selectAll().where('deleted_at', 'is', null);
  if (filter.entity) query = query.where('entity', '=', filter.entity);
  if (!filter.includeArchived) query = query.where('archived_at', 'is', null);
  return withOptions(db, selectAll(db, query.orderBy('entity').orderBy('position').orderBy('id')));
};

/**
 * The active fields of one kind of record, in order: what a form, a table's column chooser or an
 * import mapping offers. The core API other modules (import) build on.
 */
export const listActiveCustomFields = (db: Db, entity: CustomFieldEntity): CustomField[] =>
  listCustomFields(db, { entity, includeArchived: false });

export const customFieldPositions = (db: Db, entity: CustomFieldEntity): Placed[] =>
  selectAll(
    db,
    db.q
      .selectFrom('custom_fields')
      .select(['id', 'position'])
      .where('entity', '=', entity)
      .where('deleted_at', 'is', null)
      .where('archived_at', 'is', null),
  );

export const customFieldKeys = (db: Db, entity: CustomFieldEntity): Set<string> =>
  new Set(
    selectAll(
      db,
      db.q.selectFrom('custom_fields').select('key').where('entity', '=', entity).where('deleted_at', 'is', null),
    ).map((row) => row.key),
  );

const VALUE_COLUMNS = 'v.record_id, v.field_id, v.text_value, v.number_value, v.currency';

/** What a value's contract form is read from (fromStoredCustomValue), and whose it is. */
type ValueRow = Pick<CustomValuesTable, 'record_id' | 'field_id' | 'text_value' | 'number_value' | 'currency'>;

/**
 * Stored values of the given records (any field, archived fields too, or only `fieldIds`: a board
 * card's chips), by record then field. Read through the primary key, whose `record_id:field_id`
 * ids start with the record's id: each record is one short range of it (':' < ';'), or, given the
 * fields, each value one key, where a `record_id IN (…)` has no index and scans every value of the
 * workspace (18 ms for a page of 50 deals at 20,000 deals with one field filled; issue 7). Only
 * the cells a value is read from: the row's id, key and times, which nothing here uses, took as
 * long to read as the values (a board of 140 cards with a chip).
 */
const listValueRows = (db: Db, recordIds: readonly string[], fieldIds?: readonly string[]): ValueRow[] => {
  if (recordIds.length === 0 || fieldIds?.length === 0) return [];
  const records = JSON.stringify([...new Set(recordIds)]);
  // Given the fields, each value's whole key is known: one seek each instead of a range per record.
  if (fieldIds !== undefined) {
    return prepare(
      db,
      `SELECT ${VALUE_COLUMNS} FROM custom_values v
        WHERE v.id IN (SELECT r.value || ':' || f.value FROM json_each(?) r, json_each(?) f)
          AND v.deleted_at IS NULL`,
    ).all(records, JSON.stringify(fieldIds)) as ValueRow[];
  }
  return prepare(
    db,
    `SELECT ${VALUE_COLUMNS} FROM json_each(?) j CROSS JOIN custom_values v
      WHERE v.id > j.value || ':' AND v.id < j.value || ';' AND v.record_id = j.value AND v.deleted_at IS NULL`,
  ).all(records) as ValueRow[];
};

export const findValueRow = (db: Db, recordId: string, fieldId: string): CustomValuesTable | undefined =>
  selectFirst(db, db.q.selectFrom('custom_values').selectAll().where('id', '=', `${recordId}:${fieldId}`));

/**
 * The types of the fields named, archived and deleted ones too: a prepared read, as every board
 * with chips and every table page makes it.
 */
export const fieldTypesOf = (db: Db, fieldIds: Iterable<string>): Map<string, CustomFieldsTable['type']> =>
  new Map(
    (
      prepare(db, 'SELECT id, type FROM custom_fields WHERE id IN (SELECT value FROM json_each(?))').all(
        JSON.stringify([...new Set(fieldIds)]),
      ) as { id: string; type: CustomFieldsTable['type'] }[]
    ).map((row) => [row.id, row.type]),
  );

/** Each record's values by field id, in the contract's form; empty values are left out. */
export const customValuesOf = (
  db: Db,
  recordIds: readonly string[],
  fieldIds?: readonly string[],
): Map<string, CustomValues> => {
  const rows = listValueRows(db, recordIds, fieldIds);
  if (rows.length === 0) return new Map();
  const types = fieldTypesOf(
    db,
    rows.map((row) => row.field_id),
  );
  const byRecord = new Map<string, CustomValues>();
  for (const row of rows) {
    const type = types.get(row.field_id);
    if (!type) continue;
    const value = fromStoredCustomValue(type, row);
    if (value === null) continue;
    const values = byRecord.get(row.record_id) ?? {};
    values[row.field_id] = value;
    byRecord.set(row.record_id, values);
  }
  return byRecord;
};
