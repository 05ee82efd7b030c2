import { z } from 'zod';
import { epochMsSchema, languageSchema } from './common';
import { kpiFiltersSchema, kpiPeriodSchema, kpiReportResultSchema } from './kpi';

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

const CELL_FORMATS = [
  'int',
  'money',
  'ratio',
  'days',
  'hours',
  'score',
  'text',
  'points',
  'change',
  'month',
  'date',
] as const;
const cellFormatSchema = z.enum(CELL_FORMATS);

export const reportPreviewInputSchema = reportRenderInputSchema.omit({ format: true, separator: true }).strict();
export type ReportPreviewInput = z.input<typeof reportPreviewInputSchema>;

/** One table of the report, exactly as the exports lay it out (labels in the asked language). */
export const reportSectionSchema = z.object({
  key: z.string(),
  title: z.string(),
  columns: z.array(z.object({ key: z.string(), label: z.string(), format: cellFormatSchema })),
  rows: z.array(
    z.object({
      cells: z.array(z.union([z.number(), z.string(), z.null()])),
      formats: z.array(cellFormatSchema).optional(),
      better: z.literal('down').optional(),
    }),
  ),
});

/** What the Reports page shows: the same title lines and tables as the files, and the figures for its charts. */
export const reportPreviewSchema = z.object({
  title: z.string(),
  label: z.string(),
  periodLine: z.string(),
  asOfLine: z.string(),
  compareLine: z.string().nullable(),
  filtersLine: z.string(),
  currency: z.string(),
  sections: z.array(reportSectionSchema),
  result: kpiReportResultSchema,
});
export type ReportPreview = z.infer<typeof reportPreviewSchema>;
