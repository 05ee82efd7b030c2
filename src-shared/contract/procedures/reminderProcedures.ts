import { emptyInputSchema } from '../schemas/common';
import { reminderKeyInputSchema, reminderScanResultSchema, remindersListSchema } from '../schemas/reminders';
import { z } from 'zod';
import { mutation, query } from '../procedure';

export const reminderProcedures = {
  'reminders.list': query(emptyInputSchema, remindersListSchema),
  /** Delivers what fell due since the last scan (the core's timer runs it; a `reminder.due` push follows). */
  'reminders.scan': mutation(emptyInputSchema, reminderScanResultSchema, ['reminder_deliveries']),
  'reminders.snooze': mutation(reminderKeyInputSchema, z.null(), ['reminder_deliveries']),
  'reminders.dismiss': mutation(reminderKeyInputSchema, z.null(), ['reminder_deliveries']),
} as const;
