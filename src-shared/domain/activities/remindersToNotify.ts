import { reminderKey } from './dueReminders';

/** A notification shown this long ago is forgotten: its task was long done or rescheduled. */
export const NOTIFIED_KEPT_MS = 30 * 24 * 60 * 60_000;

/**
 * The due reminders that still need a desktop notification: one per task and due time, ever —
 * a reload, a restart or a second window does not show it again (`notified` is kept across them);
 * a rescheduled task is a new due time and notifies again. Also returns `notified` with these
 * added and entries older than NOTIFIED_KEPT_MS dropped, so the record does not grow for ever.
 */
export const remindersToNotify = <T extends { id: string; dueAt: number }>(
  due: readonly T[],
  notified: Readonly<Record<string, number>>,
  now: number,
): { show: T[]; notified: Record<string, number> } => {
  const kept = Object.fromEntries(Object.entries(notified).filter(([, at]) => now - at < NOTIFIED_KEPT_MS));
  const show = due.filter((task) => kept[reminderKey(task)] === undefined);
  for (const task of show) kept[reminderKey(task)] = now;
  return { show, notified: kept };
};
