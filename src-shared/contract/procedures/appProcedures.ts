import { z } from 'zod';
import { appInfoSchema } from '../schemas/app';
import { emptyInputSchema } from '../schemas/common';
import { advanceClockInputSchema, advanceClockResultSchema } from '../schemas/reminders';
import { settingsSchema, settingsSetInputSchema } from '../schemas/settings';
import { mutation, query } from '../procedure';

export const appProcedures = {
  'app.info': query(emptyInputSchema, appInfoSchema),
  /** Versions, database size and schema, encryption, row counts and the last error-log lines, as text to paste for support. */
  'app.diagnostics': query(emptyInputSchema, z.object({ text: z.string() })),
  'settings.get': query(emptyInputSchema, settingsSchema),
  'settings.set': mutation(settingsSetInputSchema, settingsSchema, ['settings']),
  /**
   * Test-only: the e2e host's core runs on a clock a test moves forward; every other core refuses
   * (FORBIDDEN). Views of time-derived data (My day's sections, the bell) refetch after it.
   */
  'app.advanceClock': mutation(advanceClockInputSchema, advanceClockResultSchema, [
    'activities',
    'reminder_deliveries',
  ]),
} as const;
