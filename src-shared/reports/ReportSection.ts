/**
 * How a cell is shown: money in minor units, ratios 0..1, `points` a ratio difference shown in
 * percentage points, `change` a relative change (0.1 = +10 %), `score` an NPS value.
 */
export type CellFormat =
  'int' | 'money' | 'ratio' | 'days' | 'hours' | 'score' | 'text' | 'points' | 'change' | 'month';

export type ReportCell = number | string | null;

export type ReportColumn = { key: string; label: string; format: CellFormat };

/** A row; `formats` overrides the column formats cell by cell (the summary mixes kinds). */
export type ReportRow = { cells: ReportCell[]; formats?: CellFormat[] };

export type ReportSection = { key: string; title: string; columns: ReportColumn[]; rows: ReportRow[] };

export const formatOf = (section: ReportSection, row: ReportRow, column: number): CellFormat =>
  row.formats?.[column] ?? section.columns[column]?.format ?? 'text';
