import type { ReportFile } from '@shared/contract/schemas/reports';
import type { TableExportRequest } from '@shared/contract/schemas/exports';
import type { Translate } from '@shared/i18n/Translate';
import type { HandlerContext } from '../HandlerContext';
import { getSettings } from '../modules/settings/settings.service';
import { createTranslator } from '../reports/createTranslator';
import { companiesTableExport } from './companiesTableExport';
import { activitiesTableExport } from './activitiesTableExport';
import { contactsTableExport } from './contactsTableExport';
import { dealsTableExport } from './dealsTableExport';
import { leadsTableExport } from './leadsTableExport';
import { renderTableCsv } from './renderTableCsv';
import { renderTableXlsx } from './renderTableXlsx';
import type { TableExport } from './TableExport';

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

/** The requested table's rows and columns, from that table's own list query. */
const tableOf = (ctx: HandlerContext, input: TableExportRequest, t: Translate): TableExport => {
  const settings = getSettings(ctx.db);
  const timeZone = settings['workspace.timeZone'];
  switch (input.table) {
    case 'deals':
      return dealsTableExport(ctx.db, input, t, timeZone);
    case 'companies':
      return companiesTableExport(ctx.db, input, t, { timeZone, currency: settings['workspace.currency'] });
    case 'contacts':
      return contactsTableExport(ctx.db, input, t, timeZone);
    case 'leads':
      return leadsTableExport(ctx, input, t, timeZone);
    case 'activities':
      return activitiesTableExport(ctx.db, input, t, timeZone);
  }
};

/** A table view rendered to a file's bytes, delivered like a report (a download or main's save dialog). */
export const renderTableExport = async (ctx: HandlerContext, input: TableExportRequest): Promise<ReportFile> => {
  const timeZone = getSettings(ctx.db)['workspace.timeZone'];
  const table = tableOf(ctx, input, createTranslator(input.language));
  const now = ctx.clock.now();
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
