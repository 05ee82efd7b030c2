import type { Db } from '../../db/Db';
import { REMINDER_TIMING } from './reminderTiming';
import { pruneDeliveries } from './reminders.repo';

/** When this open database last pruned (in memory: a start always prunes once). */
const lastPruned = new WeakMap<Db, number>();

/**
 * Keeps the device-local delivery records bounded: prunes at the first scan after a start and
 * then once a day by the core's clock, not on every 20-second tick. Returns how many went.
 */
export const pruneDeliveriesIfDue = (db: Db, now: number): number => {
  const last = lastPruned.get(db);
  if (last !== undefined && now - last < REMINDER_TIMING.pruneEveryMs) return 0;
  lastPruned.set(db, now);
  return pruneDeliveries(db, now - REMINDER_TIMING.keepMs);
};
