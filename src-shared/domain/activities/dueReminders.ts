/** What the user did with a reminder: dismissed it, or snoozed it until a time. Keyed by `reminderKey`. */
export type ReminderState = 'dismissed' | number;

/** One reminder per task and due time: a rescheduled task reminds again, a dismissed one never for that time. */
export const reminderKey = (task: { id: string; dueAt: number }): string => `${task.id}@${task.dueAt}`;

/**
 * The open tasks to remind of at `now`: due within `leadMs` or overdue, neither dismissed nor
 * snoozed past `now`; soonest first.
 */
export const dueReminders = <T extends { id: string; dueAt: number | null; doneAt: number | null }>(
  tasks: readonly T[],
  now: number,
  leadMs: number,
  handled: Readonly<Record<string, ReminderState>>,
): (T & { dueAt: number })[] =>
  tasks
    .filter((task): task is T & { dueAt: number } => task.dueAt !== null && task.doneAt === null)
    .filter((task) => {
      if (task.dueAt - leadMs > now) return false;
      const state = handled[reminderKey(task)];
      return state === undefined || (state !== 'dismissed' && state <= now);
    })
    .sort((a, b) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : 1));
