import { z } from 'zod';
import { languageSchema } from './common';
import { dealsListInputSchema } from './deals';
import { reportFileSchema } from './reports';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;

/** The deals table's columns an export can hold, by the table's column ids. */
export const DEAL_EXPORT_COLUMNS = [
  'title',
  'companyName',
  'stageId',
  'status',
  'valueMinor',
  'expectedCloseOn',
  'ownerName',
  'createdAt',
] as const;
export type DealExportColumn = (typeof DEAL_EXPORT_COLUMNS)[number];

/**
 * A table view as a file: the same filters and sort as the table's list call (every page, not
 * just the one on screen) and its visible columns in their order.
 */
export const tableExportInputSchema = z
  .object({
    table: z.literal('deals'),
    query: dealsListInputSchema.omit({ offset: true, limit: true }),
    columns: z.array(z.enum(DEAL_EXPORT_COLUMNS)).min(1),
    format: z.enum(EXPORT_FORMATS),
    language: languageSchema,
    /** CSV only; default `;` in Russian (Excel with a decimal comma), `,` in English. */
    separator: z.enum([';', ',']).optional(),
  })
  .strict();
export type TableExportInput = z.input<typeof tableExportInputSchema>;

export const tableExportFileSchema = reportFileSchema;
