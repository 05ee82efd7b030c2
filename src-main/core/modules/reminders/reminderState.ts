/** What this device recorded of one reminder (a task at one due time); nulls: never delivered. */
export type ReminderDelivery = {
  deliveredAt: number | null;
  snoozedUntil: number | null;
  dismissedAt: number | null;
};

/**
 * Where a reminder stands at `now`, for a task already within its lead time:
 * - 'fire': deliver it now (never delivered, or back from a snooze that ended since it was last
 *   delivered) — so it fires once per due time, and once more after each snooze;
 * - 'shown': on the bell, already delivered;
 * - 'hidden': dismissed, or snoozed past `now`.
 */
export const reminderState = (delivery: ReminderDelivery, now: number): 'fire' | 'shown' | 'hidden' => {
  const { deliveredAt, snoozedUntil, dismissedAt } = delivery;
  if (dismissedAt !== null) return 'hidden';
  if (snoozedUntil !== null && snoozedUntil > now) return 'hidden';
  if (deliveredAt === null) return 'fire';
  return snoozedUntil !== null && deliveredAt < snoozedUntil ? 'fire' : 'shown';
};
