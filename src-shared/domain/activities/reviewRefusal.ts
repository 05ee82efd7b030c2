import type { Activity, ActivityType } from '../../contract/schemas/activities';
import type { UserRole } from '../../contract/schemas/users';

/** What a manager reviews for quality: the seed's presentations, proposals and negotiation meetings. */
export const REVIEWABLE_TYPES: readonly ActivityType[] = ['presentation', 'demo', 'proposal', 'meeting'];

export type ReviewRefusal = 'not_a_manager' | 'not_reviewable' | 'not_done';

/**
 * Why this reviewer may not review this activity, or null when they may: only a manager or an
 * admin reviews, only a reviewable kind, and only once it has happened (a planned demo has
 * nothing to rate yet).
 */
export const reviewRefusal = (
  activity: Pick<Activity, 'type' | 'doneAt' | 'deletedAt'>,
  reviewerRole: UserRole | null,
): ReviewRefusal | null => {
  if (reviewerRole !== 'manager' && reviewerRole !== 'admin') return 'not_a_manager';
  if (!REVIEWABLE_TYPES.includes(activity.type)) return 'not_reviewable';
  if (activity.doneAt === null) return 'not_done';
  return null;
};
