import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src-main/core/db/Db';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0013');

const planOf = (target: Db, sqlText: string, ...params: unknown[]): string =>
  (target.sqlite.prepare(`EXPLAIN QUERY PLAN ${sqlText}`).all(...params) as { detail: string }[])
    .map((row) => row.detail)
    .join('\n');

/** The KPI engine's transitions and first-touch queries (kpiDealRows.repo, kpi.repo) for two deals. */
const TRANSITIONS = `SELECT deal_id, from_stage_id, to_stage_id, from_status, to_status, at FROM stage_transitions
  WHERE deal_id IN (SELECT value FROM json_each(?)) AND at <= ? ORDER BY deal_id, at, id`;
const FIRST_TOUCHES = `SELECT a.deal_id, min(a.done_at) AS at FROM activities a INDEXED BY activities_first_touch
  WHERE a.deal_id IN (SELECT value FROM json_each(?)) AND a.type IN ('call', 'email', 'meeting')
    AND (a.direction IS NULL OR a.direction = 'outbound') AND a.done_at IS NOT NULL AND a.done_at <= ?
    AND "a"."created_at" <= ? AND ("a"."deleted_at" IS NULL OR "a"."deleted_at" > ?)
  GROUP BY a.deal_id`;
const REP_COUNTS = `SELECT a.owner_id, a.type, count(*) AS n FROM activities a INDEXED BY activities_done_by_rep
  WHERE a.done_at >= ? AND a.done_at < ? AND "a"."created_at" <= ? AND ("a"."deleted_at" IS NULL OR "a"."deleted_at" > ?)
  GROUP BY a.owner_id, a.type`;

describe('m0013_kpi_history_indexes', () => {
  it('adds the covering indexes to a v12 file, keeps its rows, and the KPI history queries read only them', () => {
    const db = file.open(12);
    db.sqlite.exec(`
      INSERT INTO activities (id, type, direction, subject, deal_id, done_at, created_at, updated_at)
        VALUES ('a1', 'call', 'outbound', 'Звонок', NULL, 5, 1, 1), ('a2', 'note', NULL, 'Заметка', NULL, 6, 2, 2);`);
    const before = db.sqlite.prepare('SELECT * FROM activities ORDER BY id').all();

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(13))).toMatchObject({ from: 12, to: 13 });
    expect(readSchemaVersion(db)).toBe(13);
    expect(db.sqlite.prepare('SELECT * FROM activities ORDER BY id').all()).toEqual(before);

    const ids = JSON.stringify(['d1', 'd2']);
    const transitions = planOf(db, TRANSITIONS, ids, 10);
    expect(transitions).toMatch(/COVERING INDEX stage_transitions_history/);
    // Read in the index's order: no sort of the whole history afterwards.
    expect(transitions).not.toMatch(/TEMP B-TREE/);
    expect(planOf(db, FIRST_TOUCHES, ids, 10, 10, 10)).toMatch(/COVERING INDEX activities_first_touch/);
    // Rep counts come grouped from the index: no sort of the period's activities.
    const counts = planOf(db, REP_COUNTS, 0, 10, 10, 10);
    expect(counts).toMatch(/COVERING INDEX activities_done_by_rep/);
    expect(counts).not.toMatch(/TEMP B-TREE/);
    expect(
      db.sqlite.prepare('SELECT count(*) FROM sqlite_stat1 WHERE idx = ?').pluck().get('activities_done_by_rep'),
    ).toBe(1);
  });
});
