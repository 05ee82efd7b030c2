import type { ReportPreview, reportPreviewInputSchema } from '@shared/contract/schemas/reports';
import type { z } from 'zod';
import type { Db } from '../../db/Db';
import { buildReportDocument } from '../../reports/buildReportDocument';
import { loadWeeklyReport } from '../../reports/loadWeeklyReport';

/** The report document the exports render, minus the charts (the page draws its own from `result`). */
export const previewReport = (db: Db, input: z.output<typeof reportPreviewInputSchema>, now: number): ReportPreview => {
  const data = loadWeeklyReport(db, input, now);
  const document = buildReportDocument(data, input.language);
  return {
    title: document.title,
    label: document.label,
    periodLine: document.periodLine,
    asOfLine: document.asOfLine,
    compareLine: document.compareLine,
    filtersLine: document.filtersLine,
    currency: document.currency,
    sections: document.sections,
    result: data.result,
  };
};
