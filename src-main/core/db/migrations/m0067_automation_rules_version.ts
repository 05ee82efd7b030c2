import type { Migration } from '../Migration';

/**
 * Frozen. A counter that moves on every change to `automation_rules`, by whatever path (the write
 * path, a sync merge, an import, a restore): the rule engine keeps the parsed switched-on rules in
 * memory and re-reads them only when the counter moved, so fifty rules cost a write one indexed
 * read instead of fifty rows and a hundred and fifty JSON parses. Device-local, never synced.
 */
export const m0067_automation_rules_version: Migration = {
  version: 67,
  name: 'automation_rules_version',
  sql: `
CREATE TABLE automation_rules_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
) STRICT;
INSERT INTO automation_rules_version (id, version) VALUES (1, 0);
CREATE TRIGGER automation_rules_version_insert AFTER INSERT ON automation_rules
BEGIN UPDATE automation_rules_version SET version = random(); END;
CREATE TRIGGER automation_rules_version_update AFTER UPDATE ON automation_rules
BEGIN UPDATE automation_rules_version SET version = random(); END;
CREATE TRIGGER automation_rules_version_delete AFTER DELETE ON automation_rules
BEGIN UPDATE automation_rules_version SET version = random(); END;
`,
};
