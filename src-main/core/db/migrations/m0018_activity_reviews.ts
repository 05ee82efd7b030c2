import type { Migration } from '../Migration';

/**
 * Frozen. A manager's quality review of a presentation, demo, proposal or meeting (the seed's
 * "quality control of presentations, proposals and negotiations"): a 1–5 score, a comment, who
 * reviewed and when, as cells of the activity so a review syncs and merges like any other edit.
 */
export const m0018_activity_reviews: Migration = {
  version: 18,
  name: 'activity_reviews',
  sql: `
ALTER TABLE activities ADD COLUMN review_score INTEGER CHECK (review_score BETWEEN 1 AND 5);
ALTER TABLE activities ADD COLUMN review_comment TEXT;
ALTER TABLE activities ADD COLUMN reviewed_by TEXT REFERENCES users (id);
ALTER TABLE activities ADD COLUMN reviewed_at INTEGER;
`,
};
