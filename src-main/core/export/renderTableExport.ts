import type { ReportFile } from '@shared/contract/schemas/reports';
import type { tableExportInputSchema } from '@shared/contract/schemas/exports';
import type { z } from 'zod';
import type { Db } from '../db/Db';
import { getSettings } from '../modules/settings/settings.service';
import { createTranslator } from '../reports/createTranslator';
import { dealsTableExport } from './dealsTableExport';
import { renderTableCsv } from './renderTableCsv';
import { renderTableXlsx } from './renderTableXlsx';

const MIME_TYPES = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** "voronka-deals-2026-12-03.xlsx": the table and the day of the export, in the workspace zone. */
const fileName = (table: string, format: string, now: number, timeZone: string): string => {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  );
  return `voronka-${table}-${day}.${format}`;
};

/** A table view rendered to a file's bytes, delivered like a report (a download or main's save dialog). */
export const renderTableExport = async (
  db: Db,
  input: z.output<typeof tableExportInputSchema>,
  now: number,
): Promise<ReportFile> => {
  const timeZone = getSettings(db)['workspace.timeZone'];
  const table = dealsTableExport(db, input, createTranslator(input.language), timeZone);
  const bytes =
    input.format === 'csv'
      ? Buffer.from(renderTableCsv(table, input.separator ?? (input.language === 'ru' ? ';' : ',')), 'utf8')
      : Buffer.from(await renderTableXlsx(table));
  return {
    fileName: fileName(input.table, input.format, now, timeZone),
    mimeType: MIME_TYPES[input.format],
    base64: bytes.toString('base64'),
    bytes: bytes.byteLength,
  };
};
