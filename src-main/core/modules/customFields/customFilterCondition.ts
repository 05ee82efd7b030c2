import type { CustomFilter } from '@shared/contract/schemas/customFields';
import { isNumericType, type CustomFieldType } from '@shared/domain/customFields/customFieldKinds';
import { foldText } from '@shared/domain/foldText';
import { type RawBuilder, type SqlBool, sql } from 'kysely';

const filled = (alias: string) =>
  sql<SqlBool>`(${sql.ref(`${alias}.text_value`)} IS NOT NULL OR ${sql.ref(`${alias}.number_value`)} IS NOT NULL)`;

/** `v`'s column a range compares: dates are ISO text, every other rangeable type a number. */
const rangeOn = (
  alias: string,
  type: CustomFieldType,
  min: number | string | null,
  max: number | string | null,
): RawBuilder<SqlBool> => {
  const column = sql.ref(`${alias}.${type === 'date' ? 'text_value' : 'number_value'}`);
  const parts = [sql<SqlBool>`${column} IS NOT NULL`];
  if (min !== null) parts.push(sql<SqlBool>`${column} >= ${min}`);
  if (max !== null) parts.push(sql<SqlBool>`${column} <= ${max}`);
  return sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
};

/**
 * The condition a filter puts on one value row, aliased `v`; null for a filter that holds for
 * records without a row (`empty`, an unticked checkbox), which the caller turns into NOT IN.
 */
export const customValueCondition = (
  type: CustomFieldType,
  filter: CustomFilter,
  alias = 'v',
): RawBuilder<SqlBool> | null => {
  const text = sql.ref(`${alias}.text_value`);
  switch (filter.op) {
    case 'range':
      return isNumericType(type) || type === 'date' ? rangeOn(alias, type, filter.min, filter.max) : sql<SqlBool>`0`;
    case 'contains': {
      const pattern = `%${foldText(filter.text).replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_')}%`;
      return sql<SqlBool>`${sql.ref(`${alias}.text_key`)} LIKE ${pattern} ESCAPE '\\'`;
    }
    case 'anyOf':
      return type === 'multi_select'
        ? sql<SqlBool>`EXISTS (SELECT 1 FROM json_each(${text}) j WHERE j.value IN (${sql.join(filter.ids)}))`
        : sql<SqlBool>`${text} IN (${sql.join(filter.ids)})`;
    case 'checked':
      return filter.value ? sql<SqlBool>`${sql.ref(`${alias}.number_value`)} = 1` : null;
    case 'filled':
      return filled(alias);
    case 'empty':
      return null;
  }
};

/**
 * The filter as a condition on a record id column: the records whose value row matches (an IN
 * over the field's index, built once per query rather than probed per record), or, for "empty"
 * and "not ticked", the records without a filled/ticked row.
 */
export const customFilterCondition = (
  recordIdColumn: string,
  type: CustomFieldType,
  filter: CustomFilter,
): RawBuilder<SqlBool> => {
  const condition = customValueCondition(type, filter);
  const rows = (where: RawBuilder<SqlBool>) =>
    sql`(SELECT v.record_id FROM custom_values v WHERE v.field_id = ${filter.fieldId} AND ${where})`;
  if (condition !== null) return sql<SqlBool>`${sql.ref(recordIdColumn)} IN ${rows(condition)}`;
  const opposite = filter.op === 'checked' ? sql<SqlBool>`v.number_value = 1` : filled('v');
  return sql<SqlBool>`${sql.ref(recordIdColumn)} NOT IN ${rows(opposite)}`;
};
