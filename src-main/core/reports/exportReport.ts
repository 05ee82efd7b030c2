import type { Language } from '@shared/contract/schemas/common';
import type { Db } from '../db/Db';
import { buildReportDocument } from './buildReportDocument';
import { loadWeeklyReport, type WeeklyReportData, type WeeklyReportRequest } from './loadWeeklyReport';
import { type CsvSeparator, renderCsv } from './renderCsv';
import { renderJson } from './renderJson';
import { renderPdf } from './renderPdf';
import { renderXlsx } from './renderXlsx';
import { writeFileAtomic } from './writeFileAtomic';

export type ReportFormat = 'pdf' | 'xlsx' | 'csv' | 'json';

export type ExportRequest = WeeklyReportRequest & {
  format: ReportFormat;
  language: Language;
  /** CSV only; default `;` for Russian (Excel with a decimal comma), `,` for English. */
  separator?: CsvSeparator | undefined;
};

/** The report file's bytes in one format, from its loaded data (several formats share one load). */
export const renderReportData = async (
  data: WeeklyReportData,
  request: Pick<ExportRequest, 'format' | 'language' | 'separator'>,
): Promise<Uint8Array | string> => {
  const document = buildReportDocument(data, request.language);
  switch (request.format) {
    case 'pdf':
      return renderPdf(document);
    case 'xlsx':
      return renderXlsx(document);
    case 'csv':
      return renderCsv(document, request.separator ?? (request.language === 'ru' ? ';' : ','));
    case 'json':
      return renderJson(document);
  }
};

/** The report file's bytes in one format. */
export const renderReport = async (db: Db, request: ExportRequest, now: number): Promise<Uint8Array | string> =>
  renderReportData(loadWeeklyReport(db, request, now), request);

/** Renders the report and writes it to `path` atomically (temporary name, then rename). */
export const exportReport = async (db: Db, request: ExportRequest, path: string, now: number): Promise<number> => {
  const data = await renderReport(db, request, now);
  writeFileAtomic(path, data);
  return typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
};
