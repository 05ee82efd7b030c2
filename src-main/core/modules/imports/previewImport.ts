import { IMPORT_FIELDS, type ImportEntity, type ImportPreview } from '@shared/contract/schemas/imports';
import { suggestImportColumns } from '@shared/domain/import/suggestImportColumns';
import { readImportTable, type ImportSource } from './readImportTable';

const PREVIEW_ROWS = 20;

/** The file's first rows as the wizard shows them, and the columns its headers suggest. */
export const previewImport = async (source: ImportSource, entity: ImportEntity): Promise<ImportPreview> => {
  const table = await readImportTable(source);
  const rows: (string | null)[][] = [];
  for await (const row of table.rows) {
    rows.push(row.cells.map((cell) => (cell === null ? null : String(cell))));
    if (rows.length >= PREVIEW_ROWS) break;
  }
  return {
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    headers: table.headers,
    rows,
    suggestions: suggestImportColumns(IMPORT_FIELDS[entity], table.headers),
  };
};
