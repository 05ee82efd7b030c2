import type { ImportDate } from '@shared/domain/import/parseImportDate';

/** A value for a field as the row gave it, after the mapping's value translation. */
export type FieldValue = string | number | ImportDate | { stage: string; status: 'open' | 'won' | 'lost' };

export type RecordIssue = { field: string | null; reason: string; value: string | null };

/** One row of the file read through the mapping: fields by name, and what was noticed. */
export type ImportRecord = {
  line: number;
  fields: Map<string, FieldValue>;
  /** Dates of the mapping's history steps, by stage reference. */
  history: { stage: string; date: ImportDate }[];
  issues: RecordIssue[];
};
