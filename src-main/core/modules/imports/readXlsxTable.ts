import { loadExcelJs } from '../../libraries/loadExcelJs';
import { checkZipSizes } from './checkZipSizes';
import { importFileError } from './ImportFileError';
import type { ImportCell, ImportRow, ImportTable } from './ImportTable';

/** An XLSX larger than this is refused before it is opened (ExcelJS reads it whole). */
export const MAX_XLSX_BYTES = 50 * 1024 * 1024;

const pad = (n: number) => String(n).padStart(2, '0');

/** ExcelJS gives a date cell as the wall-clock time in UTC fields; a midnight is a plain day. */
const dateText = (date: Date): string => {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = date.getUTCHours() * 60 + date.getUTCMinutes();
  return time === 0 ? day : `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
};

type Read = { value: ImportCell; note: string | null };

const plain = (value: unknown): Read => {
  if (value === null || value === undefined) return { value: null, note: null };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return { value, note: null };
  if (value instanceof Date) return { value: dateText(value), note: null };
  if (typeof value === 'object') {
    const cell = value as Record<string, unknown>;
    // A formula is never run: its value as Excel last computed it is taken, and the row says so.
    // A file saved without computed values (some generators do that) has none to take.
    if ('formula' in cell || 'sharedFormula' in cell) {
      if (cell.result === undefined || cell.result === null) return { value: null, note: 'formula_without_result' };
      const result = plain(cell.result);
      return { value: result.value, note: result.note ?? 'formula_result' };
    }
    if (Array.isArray(cell.richText)) {
      return { value: (cell.richText as { text: string }[]).map((part) => part.text).join(''), note: null };
    }
    if ('text' in cell) return { value: String(cell.text), note: null };
    if ('error' in cell) return { value: null, note: 'error_cell' };
  }
  return { value: null, note: null };
};

/**
 * The first worksheet of an XLSX as rows of typed cells (numbers as numbers, dates as ISO text,
 * a formula as its cached result with a note), after the zip-bomb guard.
 */
export const readXlsxTable = async (bytes: Buffer): Promise<ImportTable> => {
  if (bytes.length > MAX_XLSX_BYTES) {
    throw importFileError('file_too_large', 'The workbook is too large to import', { limit: MAX_XLSX_BYTES });
  }
  checkZipSizes(bytes);
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw importFileError('not_xlsx', 'The file is not an Excel workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw importFileError('no_header', 'The workbook has no header row');
  const width = sheet.columnCount;
  const readRow = (index: number): Read[] => {
    const row = sheet.getRow(index);
    return Array.from({ length: width }, (_, column) => plain(row.getCell(column + 1).value));
  };
  const headers = readRow(1).map((cell) => (cell.value === null ? '' : String(cell.value).trim()));
  async function* rows(): AsyncGenerator<ImportRow> {
    for (let index = 2; index <= sheet!.rowCount; index += 1) {
      const cells = readRow(index);
      if (cells.every((cell) => cell.value === null || cell.value === '')) continue;
      yield {
        line: index,
        cells: cells.map((cell) => cell.value),
        notes: cells.flatMap((cell, column) => (cell.note ? [{ column, reason: cell.note }] : [])),
      };
    }
  }
  // The workbook is read whole already: nothing stays open.
  return { format: 'xlsx', encoding: null, delimiter: null, headers, rows: rows(), close: () => undefined };
};
