import type { Migration } from '../Migration';

/**
 * Frozen. How many live done activities (the rows the activities table lists) each owner has of
 * each type, so the table's exact total with no filter or only owner/type filters is a few rows'
 * sum instead of a walk over a million index entries. Derived local data: kept exact by triggers
 * (which also fire for rows a sync merge writes), never logged or synced. A NULL owner is kept
 * under '' because ids are UUIDs and a primary key column cannot hold NULL in a WITHOUT ROWID table.
 * Rows that fall to zero stay: there are at most owners × types of them.
 */
export const m0037_activity_counts: Migration = {
  version: 37,
  name: 'activity_counts',
  sql: `
CREATE TABLE activity_counts (
  owner_key TEXT NOT NULL,
  type TEXT NOT NULL,
  n INTEGER NOT NULL CHECK (n >= 0),
  PRIMARY KEY (owner_key, type)
) STRICT, WITHOUT ROWID;

INSERT INTO activity_counts (owner_key, type, n)
  SELECT coalesce(owner_id, ''), type, count(*) FROM activities
  WHERE done_at IS NOT NULL AND deleted_at IS NULL GROUP BY 1, 2;

CREATE TRIGGER activity_counts_insert AFTER INSERT ON activities
  WHEN NEW.done_at IS NOT NULL AND NEW.deleted_at IS NULL
BEGIN
  INSERT INTO activity_counts (owner_key, type, n) VALUES (coalesce(NEW.owner_id, ''), NEW.type, 1)
    ON CONFLICT (owner_key, type) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER activity_counts_delete AFTER DELETE ON activities
  WHEN OLD.done_at IS NOT NULL AND OLD.deleted_at IS NULL
BEGIN
  UPDATE activity_counts SET n = n - 1 WHERE owner_key = coalesce(OLD.owner_id, '') AND type = OLD.type;
END;

-- Only when a counted column changes: most edits (subject, body, review) skip both statements.
CREATE TRIGGER activity_counts_update AFTER UPDATE OF owner_id, type, done_at, deleted_at ON activities
  WHEN OLD.owner_id IS NOT NEW.owner_id OR OLD.type IS NOT NEW.type
    OR (OLD.done_at IS NULL) <> (NEW.done_at IS NULL) OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
BEGIN
  UPDATE activity_counts SET n = n - 1
    WHERE OLD.done_at IS NOT NULL AND OLD.deleted_at IS NULL
      AND owner_key = coalesce(OLD.owner_id, '') AND type = OLD.type;
  INSERT INTO activity_counts (owner_key, type, n)
    SELECT coalesce(NEW.owner_id, ''), NEW.type, 1 WHERE NEW.done_at IS NOT NULL AND NEW.deleted_at IS NULL
    ON CONFLICT (owner_key, type) DO UPDATE SET n = n + 1;
END;
`,
};
