import { z } from 'zod';

/** One stored row in readable form: camelCase keys, dates as ISO-8601 strings (UTC). */
export const personalDataRowSchema = z.record(z.string(), z.unknown());

/** One change-log message about the person's rows: who changed which cell to what, and when. */
export const personalDataChangeSchema = z.object({
  at: z.string(),
  table: z.string(),
  rowId: z.string(),
  column: z.string(),
  value: z.unknown(),
  changedBy: z.string().nullable(),
  deviceId: z.string(),
});

/**
 * Everything the workspace holds about one person (152-FZ art. 14, GDPR art. 15 and 20): their
 * contact row, custom values, company link, the deals they are on, their activities and the
 * history of their rows. Saved as one JSON file.
 */
export const personalDataExportSchema = z.object({
  format: z.literal('voronka.personal-data'),
  version: z.literal(1),
  exportedAt: z.string(),
  contact: personalDataRowSchema,
  company: personalDataRowSchema.nullable(),
  customValues: z.array(personalDataRowSchema),
  deals: z.array(personalDataRowSchema),
  activities: z.array(personalDataRowSchema),
  history: z.array(personalDataChangeSchema),
});
export type PersonalDataExport = z.infer<typeof personalDataExportSchema>;
