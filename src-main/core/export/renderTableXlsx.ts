import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../libraries/loadExcelJs';
import { neutralizeCell } from '@shared/domain/neutralizeCell';
import type { ExportCell, ExportColumnKind, TableExport } from './TableExport';
import { wallClock } from './wallClock';

const NUMBER_FORMATS: Record<ExportColumnKind, string | undefined> = {
  text: undefined,
  number: undefined,
  money: '#,##0.00',
  date: 'dd.mm.yyyy',
  dateTime: 'dd.mm.yyyy hh:mm',
};

const cellValue = (cell: ExportCell, kind: ExportColumnKind, table: TableExport): ExcelJS.CellValue => {
  if (cell === null) return null;
  if (kind === 'date' && typeof cell === 'string') return new Date(`${cell}T00:00:00Z`);
  if (kind === 'dateTime' && typeof cell === 'number') return wallClock(cell, table.timeZone);
  return typeof cell === 'string' ? neutralizeCell(cell) : cell;
};

/** One sheet: a bold, frozen header row with a filter, numbers as numbers and dates as dates. */
export const renderTableXlsx = async (table: TableExport): Promise<Uint8Array> => {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Voronka';
  const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    // Custom fields are named by users: a header is text like any cell.
    header: neutralizeCell(column.label),
    width: column.kind === 'text' ? 28 : 16,
    ...(NUMBER_FORMATS[column.kind] ? { style: { numFmt: NUMBER_FORMATS[column.kind] } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(row.map((cell, index) => cellValue(cell, table.columns[index]?.kind ?? 'text', table)));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
