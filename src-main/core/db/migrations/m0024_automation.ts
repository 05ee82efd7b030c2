import type { Migration } from '../Migration';

/**
 * Frozen. Automation rules (synced: every device runs the same rules), their run log and the
 * schedule scan's watermark (both local to the device that ran them), and the rule a task came
 * from on activities (synced with the task, so My day names the rule on every device).
 */
export const m0024_automation: Migration = {
  version: 24,
  name: 'automation',
  sql: `
CREATE TABLE automation_rules (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
  enabled_at INTEGER,
  pipeline_id TEXT REFERENCES pipelines (id),
  trigger_type TEXT NOT NULL,
  trigger TEXT NOT NULL,
  conditions TEXT NOT NULL DEFAULT '[]',
  actions TEXT NOT NULL,
  preset_key TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE INDEX automation_rules_live ON automation_rules (trigger_type) WHERE deleted_at IS NULL AND enabled = 1;

CREATE TABLE automation_runs (
  id TEXT PRIMARY KEY,
  rule_id TEXT NOT NULL,
  record_id TEXT NOT NULL,
  occurrence TEXT NOT NULL,
  at INTEGER NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('done', 'skipped', 'failed', 'limited')),
  detail TEXT NOT NULL,
  depth INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX automation_runs_rule ON automation_runs (rule_id, at);
CREATE INDEX automation_runs_record ON automation_runs (record_id, at);
CREATE INDEX automation_runs_once ON automation_runs (rule_id, record_id, occurrence);

CREATE TABLE automation_scans (
  rule_id TEXT PRIMARY KEY,
  scanned_to INTEGER NOT NULL
) STRICT;

ALTER TABLE activities ADD COLUMN rule_id TEXT;
CREATE INDEX activities_rule ON activities (rule_id, created_at) WHERE rule_id IS NOT NULL;
`,
};
