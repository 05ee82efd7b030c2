import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0011');

describe('m0011_deal_open_tasks', () => {
  it('indexes a v10 file’s open tasks per deal, keeps its rows, and a card’s next task is one seek', () => {
    const db = file.open(10);
    // A deal-less file is enough: the index is what is tested (foreign keys off for a bare row).
    db.sqlite.pragma('foreign_keys = OFF');
    db.sqlite.exec(`
      INSERT INTO activities (id, type, subject, deal_id, due_at, done_at, created_at, updated_at)
        VALUES ('t1', 'task', 'Позвонить', 'd', 50, NULL, 1, 1), ('t2', 'call', 'Звонок', 'd', 40, 45, 1, 1);`);

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(11))).toMatchObject({ from: 10, to: 11 });
    expect(readSchemaVersion(db)).toBe(11);
    const next = `SELECT a.id FROM activities a WHERE a.deal_id = ? AND a.done_at IS NULL AND a.due_at IS NOT NULL
      AND a.deleted_at IS NULL ORDER BY a.due_at, a.id LIMIT 1`;
    expect(db.sqlite.prepare(next).pluck().get('d')).toBe('t1');
    const plan = (db.sqlite.prepare(`EXPLAIN QUERY PLAN ${next}`).all('d') as { detail: string }[])
      .map((row) => row.detail)
      .join('\n');
    expect(plan).toMatch(/INDEX activities_deal_open_due \(deal_id=\?/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});
