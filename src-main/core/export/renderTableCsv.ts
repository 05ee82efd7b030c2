import { neutralizeCell } from '@shared/domain/neutralizeCell';
import type { CsvSeparator } from '../reports/renderCsv';
import type { ExportCell, ExportColumnKind, TableExport } from './TableExport';
import { wallClock } from './wallClock';

const quote = (text: string, separator: CsvSeparator): string =>
  /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replaceAll('"', '""')}"` : text;

/** Dates in ISO order (every spreadsheet locale reads them as dates); numbers with the separator's decimal mark. */
const cellText = (cell: ExportCell, kind: ExportColumnKind, table: TableExport, separator: CsvSeparator): string => {
  if (cell === null) return '';
  if (kind === 'dateTime' && typeof cell === 'number') {
    return wallClock(cell, table.timeZone).toISOString().slice(0, 16).replace('T', ' ');
  }
  if (typeof cell === 'number') {
    const text = String(cell);
    return separator === ';' ? text.replace('.', ',') : text;
  }
  return quote(neutralizeCell(cell), separator);
};

/** UTF-8 with a BOM (Excel opens Cyrillic correctly), a header line, CRLF line ends (RFC 4180). */
export const renderTableCsv = (table: TableExport, separator: CsvSeparator): string => {
  const lines = [table.columns.map((column) => quote(neutralizeCell(column.label), separator)).join(separator)];
  for (const row of table.rows) {
    lines.push(
      row.map((cell, index) => cellText(cell, table.columns[index]?.kind ?? 'text', table, separator)).join(separator),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
};
