import { z } from 'zod';
import { epochMsSchema, languageSchema } from './common';
import { kpiFiltersSchema, kpiPeriodSchema } from './kpi';

export const REPORT_FORMATS = ['pdf', 'xlsx', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The weekly funnel report (the period against the previous one) in one file format. */
export const reportRenderInputSchema = z
  .object({
    period: kpiPeriodSchema,
    filters: kpiFiltersSchema.default({}),
    asOf: epochMsSchema.optional(),
    format: z.enum(REPORT_FORMATS),
    language: languageSchema,
    /** CSV only; default `;` in Russian (Excel with a decimal comma), `,` in English. */
    separator: z.enum([';', ',']).optional(),
  })
  .strict();
export type ReportRenderInput = z.input<typeof reportRenderInputSchema>;

/** The rendered file: a suggested name (no directory) and its bytes in base64 (JSON-safe). */
export const reportFileSchema = z.object({
  fileName: z.string().min(1).max(200),
  mimeType: z.string(),
  base64: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type ReportFile = z.infer<typeof reportFileSchema>;
