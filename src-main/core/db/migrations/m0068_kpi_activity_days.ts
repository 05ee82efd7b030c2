import type { Migration } from '../Migration';

/**
 * Frozen. Done activities per UTC day (of `done_at`), owner and type: the rep KPIs' activity
 * counts over whole days become a sum over a few rows per day instead of a walk over every
 * activity of the period (two years: a million index entries). Derived local data, kept exact by
 * triggers in the transaction of every write (app, import, sync merge, undo); never logged or
 * synced. A NULL owner is kept under '' (a primary key column of a WITHOUT ROWID table cannot
 * be NULL); the day is `done_at / 86400000` (whole days since 1970, UTC).
 *
 * `n` counts the live rows (no tombstone). `stamp` serves the as-of rule: it is never below the
 * `created_at` or `deleted_at` of any row that has entered the bucket, so for an as-of time at or
 * after it every row of the bucket stood then as it stands now (created by then; tombstoned
 * rows tombstoned by then). It only grows; a bucket whose stamp is later than the as-of time is
 * read from the activities themselves. Buckets that fall to zero stay.
 */
export const m0068_kpi_activity_days: Migration = {
  version: 68,
  name: 'kpi_activity_days',
  sql: `
CREATE TABLE kpi_activity_days (
  day INTEGER NOT NULL,
  owner_key TEXT NOT NULL,
  type TEXT NOT NULL,
  n INTEGER NOT NULL CHECK (n >= 0),
  stamp INTEGER NOT NULL,
  PRIMARY KEY (day, owner_key, type)
) STRICT, WITHOUT ROWID;

INSERT INTO kpi_activity_days (day, owner_key, type, n, stamp)
  SELECT done_at / 86400000, coalesce(owner_id, ''), type, count(*) FILTER (WHERE deleted_at IS NULL),
      max(max(created_at, coalesce(deleted_at, 0)))
    FROM activities WHERE done_at IS NOT NULL GROUP BY 1, 2, 3;

CREATE TRIGGER kpi_activity_days_insert AFTER INSERT ON activities
  WHEN NEW.done_at IS NOT NULL
BEGIN
  INSERT INTO kpi_activity_days (day, owner_key, type, n, stamp)
    VALUES (NEW.done_at / 86400000, coalesce(NEW.owner_id, ''), NEW.type, NEW.deleted_at IS NULL,
      max(NEW.created_at, coalesce(NEW.deleted_at, 0)))
    ON CONFLICT (day, owner_key, type) DO UPDATE SET n = n + excluded.n, stamp = max(stamp, excluded.stamp);
END;

CREATE TRIGGER kpi_activity_days_delete AFTER DELETE ON activities
  WHEN OLD.done_at IS NOT NULL AND OLD.deleted_at IS NULL
BEGIN
  UPDATE kpi_activity_days SET n = n - 1
    WHERE day = OLD.done_at / 86400000 AND owner_key = coalesce(OLD.owner_id, '') AND type = OLD.type;
END;

-- Only when a column the buckets read changes: most edits (subject, body, review) skip it.
CREATE TRIGGER kpi_activity_days_update AFTER UPDATE OF owner_id, type, done_at, deleted_at, created_at ON activities
  WHEN OLD.owner_id IS NOT NEW.owner_id OR OLD.type IS NOT NEW.type OR OLD.done_at IS NOT NEW.done_at
    OR OLD.deleted_at IS NOT NEW.deleted_at OR OLD.created_at IS NOT NEW.created_at
BEGIN
  UPDATE kpi_activity_days SET n = n - 1
    WHERE OLD.done_at IS NOT NULL AND OLD.deleted_at IS NULL
      AND day = OLD.done_at / 86400000 AND owner_key = coalesce(OLD.owner_id, '') AND type = OLD.type;
  INSERT INTO kpi_activity_days (day, owner_key, type, n, stamp)
    SELECT NEW.done_at / 86400000, coalesce(NEW.owner_id, ''), NEW.type, NEW.deleted_at IS NULL,
        max(NEW.created_at, coalesce(NEW.deleted_at, 0))
      WHERE NEW.done_at IS NOT NULL
    ON CONFLICT (day, owner_key, type) DO UPDATE SET n = n + excluded.n, stamp = max(stamp, excluded.stamp);
END;
`,
};
