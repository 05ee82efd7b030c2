import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src-main/core/db/Db';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { migrations } from '../../../src-main/core/db/migrations/migrations';
import { closeDatabase, openDatabase } from '../../../src-main/core/db/openDatabase';

let dir: string;
let db: Db | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'voronka-m0002-'));
});
afterEach(() => {
  if (db) closeDatabase(db);
  db = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const NOW = Date.UTC(2026, 10, 26);
const upTo = (version: number) => migrations.filter((migration) => migration.version <= version);

describe('m0002_deals_board', () => {
  it('adds a nullable loss_note to deals and keeps the deals written under v1', () => {
    const path = join(dir, 'a.sqlite');
    db = openDatabase(path);
    migrateDatabase(db, NOW, upTo(1));
    db.sqlite.exec(`
      INSERT INTO pipelines (id, default_key, position, created_at, updated_at) VALUES ('p', 'sales', 'a0', 0, 0);
      INSERT INTO stages (id, pipeline_id, default_key, funnel_step, position, probability, created_at, updated_at)
        VALUES ('s', 'p', 'x', 'interest', 'a0', 0.5, 0, 0);
      INSERT INTO deals (id, title, pipeline_id, stage_id, position, currency, stage_entered_at, created_at, updated_at)
        VALUES ('d', 'Old deal', 'p', 's', 'a0', 'RUB', 0, 0, 0);`);

    const report = migrateDatabase(db, NOW, upTo(2));
    expect(report).toMatchObject({ from: 1, to: 2 });
    expect(report.backupPath).not.toBeNull();
    expect(readSchemaVersion(db)).toBe(2);
    const column = (
      db.sqlite.prepare('PRAGMA table_info(deals)').all() as { name: string; type: string; notnull: number }[]
    ).find((info) => info.name === 'loss_note');
    expect(column).toMatchObject({ type: 'TEXT', notnull: 0 });
    expect(db.sqlite.prepare("SELECT title, loss_note FROM deals WHERE id = 'd'").get()).toEqual({
      title: 'Old deal',
      loss_note: null,
    });
    db.sqlite.prepare("UPDATE deals SET loss_note = 'Дорого' WHERE id = 'd'").run();
    expect(db.sqlite.prepare("SELECT loss_note FROM deals WHERE id = 'd'").pluck().get()).toBe('Дорого');
  });

  it('serves the board header totals from the covering index alone', () => {
    db = openDatabase(join(dir, 'b.sqlite'));
    migrateDatabase(db, NOW, upTo(2));
    const plan = db.sqlite
      .prepare(
        `EXPLAIN QUERY PLAN SELECT stage_id, currency, count(*), sum(value_minor) FROM deals
         WHERE stage_id IN ('a', 'b') AND status = 'open' AND deleted_at IS NULL GROUP BY stage_id, currency`,
      )
      .all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join('\n')).toMatch(/COVERING INDEX deals_board_totals/);
  });
});
