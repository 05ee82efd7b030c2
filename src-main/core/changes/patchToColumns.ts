import type { RowValues, SqlValue } from './ChangeWriter';

/**
 * A contract patch (camelCase fields, absent = untouched) as the columns it writes. Every
 * update service maps its patch through one table like `{ valueMinor: 'value_minor' }`.
 */
export const patchToColumns = <P extends object>(patch: P, columns: Record<keyof P, string>): RowValues => {
  const values: RowValues = {};
  for (const [field, value] of Object.entries(patch) as [keyof P, SqlValue | undefined][]) {
    if (value !== undefined) values[columns[field]] = value;
  }
  return values;
};
