import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src-main/core/db/Db';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0009');
const NOW = MIGRATION_NOW;

const planOf = (target: Db, sqlText: string, ...params: unknown[]): string =>
  (target.sqlite.prepare(`EXPLAIN QUERY PLAN ${sqlText}`).all(...params) as { detail: string }[])
    .map((row) => row.detail)
    .join('\n');

describe('m0009_kpi_indexes', () => {
  it('adds the indexes to a v8 file, keeps its rows, and the as-of and activity queries use them', () => {
    const db = file.open(8);
    db.sqlite.exec(`
      INSERT INTO activities (id, type, subject, owner_id, done_at, created_at, updated_at)
        VALUES ('a', 'call', 'Звонок', NULL, 5, 1, 1);`);

    expect(migrateDatabase(db, NOW, upTo(9))).toMatchObject({ from: 8, to: 9 });
    expect(readSchemaVersion(db)).toBe(9);
    expect(db.sqlite.prepare("SELECT subject FROM activities WHERE id = 'a'").pluck().get()).toBe('Звонок');

    // Deals as of a past instant: written since then, or open now (each side from its index).
    expect(
      planOf(
        db,
        "SELECT id FROM deals d WHERE d.created_at <= ? AND (d.updated_at > ? OR (d.status = 'open' AND d.deleted_at IS NULL))",
        1,
        1,
      ),
    ).toMatch(/MULTI-INDEX OR[\s\S]*deals_updated/);
    expect(
      planOf(
        db,
        'SELECT owner_id, type, count(*) FROM activities a WHERE a.done_at >= ? AND a.done_at < ? AND a.created_at <= ? AND (a.deleted_at IS NULL OR a.deleted_at > ?) GROUP BY owner_id, type',
        0,
        10,
        10,
        10,
      ),
    ).toMatch(/COVERING INDEX activities_done/);
  });
});
