import { currencyExponent as currencyFractionDigits } from '@shared/domain/currencyExponent';
import { neutralizeCell } from '@shared/domain/neutralizeCell';
import { type CellFormat, formatOf, type ReportCell } from '@shared/reports/ReportSection';
import type { ReportDocument } from './ReportDocument';

export type CsvSeparator = ';' | ',';

const quote = (text: string, separator: CsvSeparator): string =>
  /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replaceAll('"', '""')}"` : text;

/**
 * A number as a spreadsheet in the matching locale reads it: with `;` a decimal comma (Russian
 * Excel), with `,` a decimal point. Money in major units; ratios as 0..1.
 */
const numberText = (value: number, format: CellFormat, currency: string, separator: CsvSeparator): string => {
  const scaled = format === 'money' ? value / 10 ** currencyFractionDigits(currency) : value;
  const text = String(Number(scaled.toFixed(format === 'money' ? currencyFractionDigits(currency) : 6)));
  return separator === ';' ? text.replace('.', ',') : text;
};

const cellText = (value: ReportCell, format: CellFormat, currency: string, separator: CsvSeparator): string => {
  if (value === null) return '';
  if (typeof value === 'number') return numberText(value, format, currency, separator);
  return quote(neutralizeCell(value), separator);
};

/**
 * Every section one after another (a title line, a header line, rows, a blank line), UTF-8 with
 * a BOM so Excel opens Cyrillic correctly; CRLF line ends as RFC 4180 has them.
 */
export const renderCsv = (document: ReportDocument, separator: CsvSeparator): string => {
  const lines: string[] = [
    quote(neutralizeCell(document.title), separator),
    quote(neutralizeCell(document.periodLine), separator),
    quote(neutralizeCell(document.asOfLine), separator),
    '',
  ];
  for (const section of document.sections) {
    lines.push(quote(neutralizeCell(section.title), separator));
    lines.push(section.columns.map((column) => quote(neutralizeCell(column.label), separator)).join(separator));
    for (const row of section.rows) {
      lines.push(
        row.cells
          .map((cell, index) => cellText(cell, formatOf(section, row, index), document.currency, separator))
          .join(separator),
      );
    }
    lines.push('');
  }
  return `\uFEFF${lines.join('\r\n')}`;
};
