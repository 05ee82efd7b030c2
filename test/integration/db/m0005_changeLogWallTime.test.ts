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
  dir = mkdtempSync(join(tmpdir(), 'voronka-m0005-'));
});
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const upTo = (version: number) => migrations.filter((migration) => migration.version <= version);

describe('m0005_change_log_wall_time', () => {
  it('adds the wall time of each message; older messages keep none and are dated by their HLC', () => {
    db = openDatabase(join(dir, 'a.sqlite'));
    migrateDatabase(db, 0, upTo(4));
    db.sqlite.exec(`INSERT INTO change_log (hlc, device_id, actor_id, tbl, row_id, col, value)
      VALUES ('2026-11-01T10:00:00.000Z-0000-dev', 'dev', NULL, 'deals', 'd1', 'title', '"A"')`);
    expect(migrateDatabase(db, 0, upTo(5))).toMatchObject({ from: 4, to: 5 });
    db.sqlite.exec(`INSERT INTO change_log (hlc, device_id, actor_id, tbl, row_id, col, value, at)
      VALUES ('2026-11-02T10:00:00.000Z-0000-dev', 'dev', NULL, 'deals', 'd1', 'title', '"B"', 42)`);
    const ats = db.sqlite.prepare("SELECT at FROM change_log WHERE row_id = 'd1' ORDER BY hlc").pluck().all();
    expect(ats).toEqual([null, 42]);
  });
});
