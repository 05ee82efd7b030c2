/**
 * An open deal has a next step while one of its open tasks is due now or later. An overdue task
 * alone is not a next step (the rep has fallen behind); `lastDueAt` is the latest due time of the
 * deal's live open tasks, null when it has none.
 */
export const hasNextStep = (lastDueAt: number | null, now: number): boolean => lastDueAt !== null && lastDueAt >= now;
