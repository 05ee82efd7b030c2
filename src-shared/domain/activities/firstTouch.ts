import type { ActivityType } from '../../contract/schemas/activities';
import { isOutboundTouch } from './isOutboundTouch';

export type TouchCandidate = {
  id: string;
  type: ActivityType;
  direction: 'outbound' | 'inbound' | null;
  doneAt: number | null;
  deletedAt: number | null;
};

/**
 * A deal's first outbound touch: the live, done outbound touch that happened earliest (by when
 * it happened, not when it was logged, so a back-dated call logged late still counts first);
 * ties go to the smaller id. Derived on every read, so deleting, restoring or re-dating a touch
 * can never leave a stale answer behind.
 */
export const firstTouch = <T extends TouchCandidate>(activities: readonly T[]): T | null => {
  let first: T | null = null;
  for (const activity of activities) {
    if (activity.deletedAt !== null || activity.doneAt === null || !isOutboundTouch(activity)) continue;
    if (
      first === null ||
      activity.doneAt < (first.doneAt as number) ||
      (activity.doneAt === first.doneAt && activity.id < first.id)
    ) {
      first = activity;
    }
  }
  return first;
};
