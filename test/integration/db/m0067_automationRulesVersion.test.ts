import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0067');

describe('m0067_automation_rules_version', () => {
  it('adds a token that every insert, update and delete of a rule changes, and nothing else does', () => {
    const db = file.open(58);
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(67))).toMatchObject({ to: 67 });
    expect(readSchemaVersion(db)).toBe(67);
    const token = () => db.sqlite.prepare('SELECT version FROM automation_rules_version').pluck().get();
    const seen = new Set([token()]);
    const expectNewToken = () => {
      expect(seen.has(token())).toBe(false);
      seen.add(token());
    };
    db.sqlite
      .prepare(
        `INSERT INTO automation_rules (id, name, trigger_type, trigger, actions, created_at, updated_at)
         VALUES ('r1', 'Rule', 'deal_created', '{}', '[]', 1, 1)`,
      )
      .run();
    expectNewToken();
    db.sqlite.prepare("UPDATE automation_rules SET enabled = 1 WHERE id = 'r1'").run();
    expectNewToken();
    db.sqlite.prepare("UPDATE settings SET value = value WHERE key = 'workspace.timeZone'").run();
    expect(seen.has(token())).toBe(true);
    db.sqlite.prepare("DELETE FROM automation_rules WHERE id = 'r1'").run();
    expectNewToken();
    expect(db.sqlite.prepare('SELECT count(*) FROM automation_rules_version').pluck().get()).toBe(1);
  });
});
