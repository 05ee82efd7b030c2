import { z } from 'zod';
import { epochMsSchema, idSchema } from './common';

/** A task the current user is reminded of: due within the lead time, or overdue. */
export const reminderSchema = z.object({
  taskId: idSchema,
  /** The due time this reminder is for: a rescheduled task is a new reminder. */
  dueAt: epochMsSchema,
  subject: z.string(),
  dealId: idSchema.nullable(),
  dealTitle: z.string().nullable(),
  companyId: idSchema.nullable(),
  contactId: idSchema.nullable(),
  /** Due before the core's now (the renderer does not judge by its own clock). */
  overdue: z.boolean(),
});
export type Reminder = z.infer<typeof reminderSchema>;

/** The bell's list: reminders neither dismissed nor snoozed past `now`, soonest first. */
export const remindersListSchema = z.object({
  /** The core's time the list was made at. */
  now: epochMsSchema,
  reminders: z.array(reminderSchema),
  /** How many there are in all (the list stops at a screenful). */
  total: z.number().int().nonnegative(),
});
export type RemindersList = z.infer<typeof remindersListSchema>;

/** One reminder: a task at one due time. */
export const reminderKeyInputSchema = z.object({ taskId: idSchema, dueAt: epochMsSchema }).strict();

export const reminderScanResultSchema = z.object({
  delivered: z.number().int().nonnegative(),
  /** Delivery records the scan dropped as no longer needed (at start and once a day; else 0). */
  pruned: z.number().int().nonnegative(),
  scannedAt: epochMsSchema,
});
export type ReminderScanResult = z.infer<typeof reminderScanResultSchema>;

/** Moves a test clock forward (at most 400 days a call); refused unless the core runs on one. */
export const advanceClockInputSchema = z
  .object({
    ms: z
      .number()
      .int()
      .positive()
      .max(400 * 24 * 60 * 60_000),
  })
  .strict();
export const advanceClockResultSchema = z.object({ now: epochMsSchema });
