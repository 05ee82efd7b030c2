import type { PushEvent } from '@shared/contract/pushEvents';
import type { TableName } from '@shared/contract/tableNames';
import type { Dispatch } from '../../createRouter';

/** A reminder shows within this of its time. */
const INTERVAL_MS = 20_000;
/** The first scan (reminders missed while the app was closed) waits for the host to listen to pushes. */
const START_DELAY_MS = 500;
/** Writes that can change whose tasks are due when: scanned at once rather than at the next tick. */
const RESCAN_ON: readonly TableName[] = ['activities', 'settings', 'users'];

type Events = { subscribe(listener: (event: PushEvent) => void): () => void };

/**
 * Scans for due reminders shortly after the start, every 20 seconds, and right after a write to
 * tasks (a task planned due in 5 minutes reminds at once), through the write queue like any
 * mutation. The scan's own writes (reminder_deliveries) do not trigger another. Timers never keep
 * the process alive on their own.
 */
export const startReminderSchedule = (dispatch: Dispatch, events: Events): { stop(): void } => {
  let pending: ReturnType<typeof setTimeout> | null = null;
  const scan = () => {
    pending = null;
    void dispatch('reminders.scan', {});
  };
  const scanSoon = (ms: number) => {
    if (pending !== null) return;
    pending = setTimeout(scan, ms);
    pending.unref?.();
  };
  scanSoon(START_DELAY_MS);
  const timer = setInterval(scan, INTERVAL_MS);
  timer.unref?.();
  const unsubscribe = events.subscribe((event) => {
    if (event.type === 'data.changed' && event.tables.some((table) => RESCAN_ON.includes(table))) scanSoon(0);
  });
  return {
    stop() {
      unsubscribe();
      if (pending !== null) clearTimeout(pending);
      clearInterval(timer);
    },
  };
};
