/** One cell as read: text from a CSV, a typed value from a sheet (dates as ISO text). */
export type ImportCell = string | number | boolean | null;

export type ImportRow = {
  /** Where the row is in the file (its first line for a CSV record, the sheet row for XLSX). */
  line: number;
  cells: ImportCell[];
  /** Things noticed while reading the row (a formula's cached value used, undecodable bytes). */
  notes: { column: number; reason: string }[];
};

/** A file read for import: its header row and a stream of the rows under it. */
export type ImportTable = {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  headers: string[];
  rows: AsyncIterable<ImportRow>;
  /** Stops reading, the file closed: when its rows are read in a thread (`startRecordsThread`), or the import ended. */
  close(): void;
};
