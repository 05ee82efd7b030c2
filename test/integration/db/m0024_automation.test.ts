import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0024');

describe('m0024_automation', () => {
  it('keeps every activity (rule_id NULL), adds the rules, their run log and scan watermarks with their checks', () => {
    const db = file.open(23);
    db.sqlite.exec(`
      INSERT INTO users (id, name, role, created_at, updated_at) VALUES ('u1', 'Анна', 'rep', 0, 0);
      INSERT INTO activities (id, type, subject, owner_id, due_at, created_at, updated_at)
      VALUES ('a1', 'task', 'Задача', 'u1', 100, 1, 2);`);
    const before = db.sqlite.prepare('SELECT * FROM activities').all() as Record<string, unknown>[];

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(24))).toMatchObject({ from: 23, to: 24 });
    expect(readSchemaVersion(db)).toBe(24);
    expect(db.sqlite.prepare('SELECT * FROM activities').all()).toEqual(before.map((row) => ({ ...row, rule_id: null })));

    db.sqlite.exec(`
      INSERT INTO automation_rules (id, name, trigger_type, trigger, actions, created_at, updated_at)
      VALUES ('r1', 'Правило', 'deal_created', '{"type":"deal_created"}', '[]', 1, 1);
      INSERT INTO automation_runs (id, rule_id, record_id, occurrence, at, outcome, detail)
      VALUES ('x1', 'r1', 'd1', 'created', 5, 'done', '[]');
      INSERT INTO automation_scans (rule_id, scanned_to) VALUES ('r1', 5);`);
    expect(db.sqlite.prepare('SELECT enabled, conditions, pipeline_id FROM automation_rules').get()).toEqual({
      enabled: 0,
      conditions: '[]',
      pipeline_id: null,
    });
    expect(() =>
      db.sqlite.exec(`INSERT INTO automation_rules (id, name, trigger_type, trigger, actions, created_at, updated_at)
        VALUES ('r2', '', 'deal_created', '{}', '[]', 1, 1)`),
    ).toThrow(/CHECK/);
    expect(() =>
      db.sqlite.exec(`INSERT INTO automation_rules (id, name, pipeline_id, trigger_type, trigger, actions, created_at, updated_at)
        VALUES ('r3', 'x', 'no-such-pipeline', 'deal_created', '{}', '[]', 1, 1)`),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.sqlite.exec(`INSERT INTO automation_runs (id, rule_id, record_id, occurrence, at, outcome, detail)
        VALUES ('x2', 'r1', 'd1', 'created', 5, 'maybe', '[]')`),
    ).toThrow(/CHECK/);
    expect(() => db.sqlite.exec(`INSERT INTO automation_scans (rule_id, scanned_to) VALUES ('r1', 6)`)).toThrow(
      /UNIQUE|PRIMARY/,
    );
  });
});
