/**
 * How a cell is shown: money in minor units, ratios 0..1, `points` a ratio difference shown in
 * percentage points, `change` a relative change (0.1 = +10 %), `score` an NPS value, `month` a
 * `yyyy-MM` and `date` a `yyyy-MM-dd` text (shown by name and in the language's date order).
 */
export type CellFormat =
  'int' | 'money' | 'ratio' | 'days' | 'hours' | 'score' | 'text' | 'points' | 'change' | 'month' | 'date';

export type ReportCell = number | string | null;

export type ReportColumn = { key: string; label: string; format: CellFormat };

/**
 * A row; `formats` overrides the column formats cell by cell (the summary mixes kinds). `better`
 * says which way its change is good news when not up (fewer deals lost, a shorter cycle).
 */
export type ReportRow = { cells: ReportCell[]; formats?: CellFormat[]; better?: 'down' };

export type ReportSection = { key: string; title: string; columns: ReportColumn[]; rows: ReportRow[] };

export const formatOf = (section: ReportSection, row: ReportRow, column: number): CellFormat =>
  row.formats?.[column] ?? section.columns[column]?.format ?? 'text';
