import { z } from 'zod';
import { languageSchema } from './common';

export const appInfoSchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  dbPath: z.string(),
  deviceId: z.string(),
  platform: z.enum(['electron', 'browser', 'cli', 'test']),
  /** The open file is a sample workspace (its marker, see readSampleMarker): the shell says so. */
  sample: z.object({ language: languageSchema }).nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;
