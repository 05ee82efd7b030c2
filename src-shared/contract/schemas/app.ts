import { z } from 'zod';

export const appInfoSchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  dbPath: z.string(),
  deviceId: z.string(),
  platform: z.enum(['electron', 'browser', 'cli', 'test']),
});
export type AppInfo = z.infer<typeof appInfoSchema>;
