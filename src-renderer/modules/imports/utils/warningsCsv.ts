import type { ImportRowIssue } from '@shared/contract/schemas/imports';
import { neutralizeCell } from '@shared/domain/neutralizeCell';

const quote = (text: string): string => (/[";\n\r,]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * A dry run's warnings as a CSV a spreadsheet opens: UTF-8 with a BOM, the workspace language's
 * separator, every cell from the file neutralised (a value like `=HYPERLINK(…)` stays text).
 */
export const warningsCsv = (
  warnings: readonly ImportRowIssue[],
  headers: readonly string[],
  reasonText: (reason: string) => string,
  separator: ';' | ',',
): string => {
  const lines = [headers, ...warnings.map((w) => [String(w.line), w.field ?? '', reasonText(w.reason), w.value ?? ''])];
  return `\uFEFF${lines.map((cells) => cells.map((cell) => quote(neutralizeCell(cell))).join(separator)).join('\r\n')}\r\n`;
};
