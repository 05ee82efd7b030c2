import type { Migration } from '../Migration';

/**
 * Frozen. The reviewed activities by done time: the rep leaderboard averages the quality reviews of
 * each rep's activities done in the period. Reviews are few, so a partial index keeps that a
 * handful of index reads even over a two-year period of a million activities.
 */
export const m0036_activity_review_index: Migration = {
  version: 36,
  name: 'activity_review_index',
  sql: `
CREATE INDEX activities_reviewed ON activities (done_at, owner_id, review_score, created_at, deleted_at)
  WHERE review_score IS NOT NULL;
`,
};
