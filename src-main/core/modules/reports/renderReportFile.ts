import type { ReportFile, ReportFormat, reportRenderInputSchema } from '@shared/contract/schemas/reports';
import type { z } from 'zod';
import type { Db } from '../../db/Db';
import { renderReport } from '../../reports/exportReport';
import { periodLabel } from '../kpi/kpi.service';

const MIME_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

/** "voronka-report-2026-W48.pdf"; a custom range reads "2026-11-01_2026-11-30". */
export const reportFileName = (input: z.output<typeof reportRenderInputSchema>): string =>
  `voronka-report-${periodLabel(input.period).replace('..', '_')}.${input.format}`;

export const renderReportFile = async (
  db: Db,
  input: z.output<typeof reportRenderInputSchema>,
  now: number,
): Promise<ReportFile> => {
  const data = await renderReport(db, input, now);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  return {
    fileName: reportFileName(input),
    mimeType: MIME_TYPES[input.format],
    base64: bytes.toString('base64'),
    bytes: bytes.byteLength,
  };
};
