import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src-main/core/db/Db';
import { migrateDatabase } from '../../../src-main/core/db/migrateDatabase';
import { migrations } from '../../../src-main/core/db/migrations/migrations';
import { closeDatabase, openDatabase } from '../../../src-main/core/db/openDatabase';

let dir: string;
let db: Db | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'voronka-m0007-'));
});
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const upTo = (version: number) => migrations.filter((migration) => migration.version <= version);
// 22:30 UTC on 15 March: already the 16th in Moscow and Vladivostok, still the 15th in UTC.
const LATE = Date.UTC(2026, 2, 15, 22, 30);

const prepare = (zone: string | null): Db => {
  const opened = openDatabase(join(dir, `${(zone ?? 'none').replace('/', '-')}.sqlite`));
  migrateDatabase(opened, 0, upTo(6));
  if (zone)
    opened.sqlite
      .prepare("INSERT INTO settings (key, value, updated_at) VALUES ('workspace.timeZone', ?, 0)")
      .run(JSON.stringify(zone));
  // Rows of the deal alone: the pipeline and stage it points at do not matter here.
  opened.sqlite.pragma('foreign_keys = OFF');
  opened.sqlite.exec(`
    INSERT INTO deals (id, title, pipeline_id, stage_id, position, status, value_minor, currency, kind, stage_entered_at,
      expected_close_at, created_at, updated_at)
    VALUES ('d1', 'A', 'p', 's', 'a0', 'open', 0, 'RUB', 'new', 0, ${LATE}, 0, 0);
    INSERT INTO deals (id, title, pipeline_id, stage_id, position, status, value_minor, currency, kind, stage_entered_at,
      expected_close_at, created_at, updated_at)
    VALUES ('d2', 'B', 'p', 's', 'a1', 'open', 0, 'RUB', 'new', 0, NULL, 0, 0);
    INSERT INTO change_log (hlc, device_id, actor_id, tbl, row_id, col, value)
      VALUES ('2026-03-01T00:00:00.000Z-0000-dev', 'dev', NULL, 'deals', 'd1', 'expected_close_at', '${LATE}'),
             ('2026-03-01T00:00:00.000Z-0001-dev', 'dev', NULL, 'deals', 'd2', 'expected_close_at', 'null');`);
  return opened;
};

describe('m0007_expected_close_date', () => {
  it('turns each stored instant into the day it fell on in the workspace zone, in the rows and the log', () => {
    db = prepare('UTC');
    expect(migrateDatabase(db, 0, upTo(7))).toMatchObject({ from: 6, to: 7 });
    expect(db.sqlite.prepare('SELECT id, expected_close_on FROM deals ORDER BY id').all()).toEqual([
      { id: 'd1', expected_close_on: '2026-03-15' },
      { id: 'd2', expected_close_on: null },
    ]);
    expect(
      db.sqlite.prepare("SELECT row_id, col, value FROM change_log WHERE tbl = 'deals' ORDER BY hlc").all(),
    ).toEqual([
      { row_id: 'd1', col: 'expected_close_on', value: '"2026-03-15"' },
      { row_id: 'd2', col: 'expected_close_on', value: 'null' },
    ]);
    const columns = (db.sqlite.pragma('table_info(deals)') as { name: string }[]).map((column) => column.name);
    expect(columns).not.toContain('expected_close_at');
  });

  it('uses the default zone (Moscow) when the workspace has none', () => {
    db = prepare(null);
    migrateDatabase(db, 0, upTo(7));
    expect(db.sqlite.prepare("SELECT expected_close_on FROM deals WHERE id = 'd1'").pluck().get()).toBe('2026-03-16');
  });

  it('counts the day in the workspace zone and refuses a value that is not a day', () => {
    db = prepare('Asia/Vladivostok');
    migrateDatabase(db, 0, upTo(7));
    expect(db.sqlite.prepare("SELECT expected_close_on FROM deals WHERE id = 'd1'").pluck().get()).toBe('2026-03-16');
    expect(() => db?.sqlite.exec("UPDATE deals SET expected_close_on = '16.03.2026' WHERE id = 'd1'")).toThrow(/CHECK/);
  });
});
