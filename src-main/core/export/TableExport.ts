/**
 * How a column's values are written: text; number (a count or a score, as it is); money (a
 * number in major units); date (a calendar date, `YYYY-MM-DD`); dateTime (an instant, epoch ms,
 * shown in the workspace time zone).
 */
export type ExportColumnKind = 'text' | 'number' | 'money' | 'date' | 'dateTime';

/** A cell as its column's kind reads it, or empty. */
export type ExportCell = string | number | null;

/** A table view ready to be written: a sheet name, the visible columns and every row. */
export type TableExport = {
  sheetName: string;
  columns: { label: string; kind: ExportColumnKind }[];
  rows: ExportCell[][];
  language: 'ru' | 'en';
  timeZone: string;
};
