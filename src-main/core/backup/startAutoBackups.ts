import type { Clock } from '../Clock';
import type { Dispatch } from '../createRouter';
import type { Db } from '../db/Db';
import { getSettings } from '../modules/settings/settings.service';
import { backupsDirFor } from './backupsDirFor';
import { listBackups } from './listBackups';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export type AutoBackups = {
  /** Makes the daily backup when it is due; resolves when done (or at once when not due). */
  tick(): Promise<void>;
  /** Stops the timer and waits for a backup in progress. */
  stop(): Promise<void>;
};

/**
 * The rolling daily backup: due when the newest automatic backup is a day old (or there is none),
 * checked at start and every hour while the app runs, so a laptop that sleeps through the night
 * still gets one soon after it wakes. Goes through `backup.create`, which deletes the automatic
 * backups beyond `backup.keep`.
 */
export const startAutoBackups = (db: Db, dispatch: Dispatch, clock: Clock, checkEveryMs = HOUR_MS): AutoBackups => {
  let running: Promise<void> | null = null;
  let stopped = false;
  const due = (): boolean => {
    if (stopped || !getSettings(db)['backup.auto']) return false;
    const latest = listBackups(backupsDirFor(db.path)).find((entry) => entry.kind === 'auto');
    return !latest || clock.now() - latest.createdAt >= DAY_MS;
  };
  const tick = (): Promise<void> => {
    if (running) return running;
    if (!due()) return Promise.resolve();
    running = dispatch('backup.create', { kind: 'auto' })
      .then((envelope) => {
        // Nobody is waiting on a background backup: the next tick retries a failed one.
        if (!envelope.ok) console.error(`Automatic backup failed: ${envelope.error.message}`);
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const first = setTimeout(() => void tick(), 0);
  const timer = setInterval(() => void tick(), checkEveryMs);
  first.unref();
  timer.unref();
  return {
    tick,
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
};
