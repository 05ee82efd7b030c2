import { z } from 'zod';
import { reminderSchema } from './schemas/reminders';
import { TABLE_NAMES } from './tableNames';

export const pushEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('data.changed'), tables: z.array(z.enum(TABLE_NAMES)) }),
  z.object({
    type: z.literal('sync.progress'),
    phase: z.enum(['started', 'running', 'done', 'failed']),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative().nullable(),
  }),
  z.object({
    type: z.literal('job.progress'),
    jobId: z.string(),
    label: z.string(),
    done: z.number().nonnegative(),
    total: z.number().nonnegative().nullable(),
  }),
  z.object({
    type: z.literal('notify'),
    level: z.enum(['info', 'success', 'warning', 'error']),
    messageKey: z.string(),
    params: z.record(z.string(), z.unknown()).optional(),
  }),
  /** The running import's progress: rows read (total unknown yet), then checked (a dry run) or written. */
  z.object({
    type: z.literal('import.progress'),
    phase: z.enum(['reading', 'checking', 'writing']),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative().nullable(),
  }),
  /** Reminders that just fell due (or came back from a snooze): each is pushed once per due time. */
  z.object({ type: z.literal('reminder.due'), reminders: z.array(reminderSchema).min(1) }),
  /** The desktop shell's notification was clicked: the window shows the task's record. */
  z.object({ type: z.literal('reminder.open'), taskId: z.string(), dealId: z.string().nullable() }),
]);

export type PushEvent = z.infer<typeof pushEventSchema>;
