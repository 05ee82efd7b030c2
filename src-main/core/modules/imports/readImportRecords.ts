import type { ImportMapping } from '@shared/contract/schemas/imports';
import type { CountryCode } from 'libphonenumber-js/min';
import type { ImportRecord } from './ImportRecord';
import type { ImportTable } from './ImportTable';
import { readImportRecord } from './readImportRecord';

/** Where each header sits: the first column of a header the file repeats. */
export const headerIndexOf = (headers: readonly string[]): Map<string, number> => {
  const index = new Map<string, number>();
  headers.forEach((header, at) => {
    if (!index.has(header)) index.set(header, at);
  });
  return index;
};

/** The table's rows, each read through the mapping as it streams (memory holds a row, not the file). */
export async function* readImportRecords(
  table: ImportTable,
  mapping: ImportMapping,
  country: CountryCode,
): AsyncGenerator<ImportRecord> {
  const plan = { headerIndex: headerIndexOf(table.headers) };
  for await (const row of table.rows) yield readImportRecord(row, mapping, plan, table.headers, country);
}
