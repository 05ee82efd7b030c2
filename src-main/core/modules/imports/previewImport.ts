import { IMPORT_FIELDS, type ImportEntity, type ImportPreview } from '@shared/contract/schemas/imports';
import { suggestImportColumns } from '@shared/domain/import/suggestImportColumns';
import { readImportTable, type ImportSource } from './readImportTable';

const PREVIEW_ROWS = 20;
/** Rows read for the distinct values a column holds, and how many values are kept per column. */
const SCANNED_ROWS = 20_000;
const DISTINCT_VALUES = 200;

/** Adds a row's cells to each column's distinct values (trimmed, blank left out, capped). */
const collectValues = (values: Map<number, Set<string>>, cells: readonly unknown[]) => {
  cells.forEach((cell, column) => {
    const text = cell === null || cell === undefined ? '' : String(cell).trim();
    if (text === '') return;
    let seen = values.get(column);
    if (!seen) values.set(column, (seen = new Set()));
    if (seen.size < DISTINCT_VALUES) seen.add(text);
  });
};

/** The file's first rows as the wizard shows them, and the columns its headers suggest. */
export const previewImport = async (source: ImportSource, entity: ImportEntity): Promise<ImportPreview> => {
  const table = await readImportTable(source);
  const rows: (string | null)[][] = [];
  const values = new Map<number, Set<string>>();
  let scanned = 0;
  for await (const row of table.rows) {
    if (rows.length < PREVIEW_ROWS) rows.push(row.cells.map((cell) => (cell === null ? null : String(cell))));
    collectValues(values, row.cells);
    scanned += 1;
    if (scanned >= SCANNED_ROWS) break;
  }
  return {
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    headers: table.headers,
    rows,
    suggestions: suggestImportColumns(IMPORT_FIELDS[entity], table.headers, entity),
    values: Object.fromEntries(
      table.headers.flatMap((header, column) => {
        const seen = values.get(column);
        return seen && header.trim() !== '' ? [[header.trim(), [...seen]]] : [];
      }),
    ),
  };
};
