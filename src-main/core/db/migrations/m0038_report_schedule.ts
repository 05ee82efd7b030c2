import type { Migration } from '../Migration';

/**
 * Frozen. The weekly report's schedule on this device: one row (id 1). Device-local, like the
 * reminder deliveries — never synced, no change log: a schedule writes files into a folder of this
 * machine, and a synced one would have every laptop of the team write the same report each Monday
 * (and point at folders that exist on one of them only). The folder is the one main's folder dialog
 * returned (NULL: the `reports` folder beside the workspace file). `armed_at` is when the schedule
 * was last switched on or re-timed (slots before it are not owed), `last_slot` the slot the
 * scheduler last handled, so a missed week is written once at the next start and never twice.
 */
export const m0038_report_schedule: Migration = {
  version: 38,
  name: 'report_schedule',
  sql: `
CREATE TABLE report_schedule (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
  weekday INTEGER NOT NULL DEFAULT 1 CHECK (weekday BETWEEN 1 AND 7),
  time TEXT NOT NULL DEFAULT '09:00' CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]'),
  formats TEXT NOT NULL DEFAULT '["pdf","xlsx"]' CHECK (json_valid(formats) AND json_type(formats) = 'array'),
  language TEXT NOT NULL DEFAULT 'ru' CHECK (language IN ('ru', 'en')),
  owner_id TEXT,
  pipeline_id TEXT,
  folder TEXT,
  armed_at INTEGER NOT NULL DEFAULT 0,
  last_slot INTEGER,
  last_run_at INTEGER,
  last_run_trigger TEXT CHECK (last_run_trigger IN ('schedule', 'manual')),
  last_run_week TEXT,
  last_run_files TEXT CHECK (last_run_files IS NULL OR json_valid(last_run_files)),
  last_run_problem TEXT,
  last_run_detail TEXT
) STRICT;
INSERT INTO report_schedule (id) VALUES (1);
`,
};
