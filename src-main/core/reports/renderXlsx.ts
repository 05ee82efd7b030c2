import { currencyExponent as currencyFractionDigits } from '@shared/domain/currencyExponent';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../libraries/loadExcelJs';
import { calendarDateToUtcMs, isCalendarDate } from '@shared/domain/calendarDate';
import { neutralizeCell } from '@shared/domain/neutralizeCell';
import { type CellFormat, formatOf, type ReportSection } from '@shared/reports/ReportSection';
import type { ReportDocument } from './ReportDocument';

const HEADER_ROW = 4;

/** The currency's symbol as the report language writes it (₽, $). */
const currencySymbol = (currency: string, language: string): string =>
  new Intl.NumberFormat(language, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
    .formatToParts(0)
    .find((part) => part.type === 'currency')?.value ?? currency;

const numberFormat = (format: CellFormat, document: ReportDocument, points: string): string | undefined => {
  const digits = currencyFractionDigits(document.currency);
  const decimals = digits > 0 ? `.${'0'.repeat(digits)}` : '';
  const symbol = currencySymbol(document.currency, document.language).replaceAll('"', '');
  switch (format) {
    case 'money':
      return document.language === 'ru' ? `#,##0${decimals} "${symbol}"` : `"${symbol}"#,##0${decimals}`;
    case 'ratio':
      return '0.0%';
    case 'change':
      return '+0.0%;-0.0%;0.0%';
    case 'points':
      return `+0.0" ${points}";-0.0" ${points}";0.0" ${points}"`;
    case 'days':
    case 'hours':
    case 'score':
      return '0.0';
    case 'int':
      return '#,##0';
    default:
      return undefined;
  }
};

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
const sheetName = (title: string, used: Set<string>): string => {
  const base = title
    .replace(/[[\]:*?/\\]/g, ' ')
    .slice(0, 31)
    .trim();
  let name = base;
  for (let n = 2; used.has(name); n += 1) name = `${base.slice(0, 28)} ${n}`;
  used.add(name);
  return name;
};

/** Excel's date order for the report's language. */
const dateFormat = (document: ReportDocument): string => (document.language === 'ru' ? 'dd.mm.yyyy' : 'mm/dd/yyyy');

const cellValue = (
  value: number | string | null,
  format: CellFormat,
  document: ReportDocument,
): number | string | Date | null => {
  if (value === null) return null;
  // A date is a date cell (sortable, in the reader's order), at midnight UTC as Excel keeps them.
  if (format === 'date' && typeof value === 'string' && isCalendarDate(value))
    return new Date(calendarDateToUtcMs(value));
  if (typeof value === 'string') return neutralizeCell(value);
  if (format === 'money') return value / 10 ** currencyFractionDigits(document.currency);
  if (format === 'points') return value * 100;
  return value;
};

const addSection = (
  workbook: ExcelJS.Workbook,
  document: ReportDocument,
  section: ReportSection,
  used: Set<string>,
) => {
  const sheet = workbook.addWorksheet(sheetName(section.title, used), {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  sheet.getCell('A1').value = neutralizeCell(`${document.title} — ${section.title}`);
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.getCell('A2').value = neutralizeCell(document.periodLine);
  sheet.getCell('A3').value = neutralizeCell(`${document.asOfLine}. ${document.filtersLine}`);
  const header = sheet.getRow(HEADER_ROW);
  section.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = neutralizeCell(column.label);
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  const points = document.language === 'ru' ? 'п.п.' : 'pp';
  section.rows.forEach((row, rowIndex) => {
    const sheetRow = sheet.getRow(HEADER_ROW + 1 + rowIndex);
    row.cells.forEach((value, index) => {
      const format = formatOf(section, row, index);
      const cell = sheetRow.getCell(index + 1);
      cell.value = cellValue(value, format, document);
      const numFmt =
        cell.value instanceof Date
          ? dateFormat(document)
          : typeof value === 'number'
            ? numberFormat(format, document, points)
            : undefined;
      if (numFmt) cell.numFmt = numFmt;
    });
  });
  // Widths that fit: the longest text in the column (numbers as about 14 characters), capped.
  section.columns.forEach((column, index) => {
    const texts = [column.label, ...section.rows.map((row) => row.cells[index])].map((value) =>
      typeof value === 'number' ? 14 : String(value ?? '').length,
    );
    sheet.getColumn(index + 1).width = Math.min(60, Math.max(10, ...texts) + 2);
  });
};

/** One sheet per section, real numbers with number, percent and currency formats. */
export const renderXlsx = async (document: ReportDocument): Promise<Uint8Array> => {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Voronka';
  // A fixed date keeps the file the same for the same data.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const used = new Set<string>();
  for (const section of document.sections) addSection(workbook, document, section, used);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
