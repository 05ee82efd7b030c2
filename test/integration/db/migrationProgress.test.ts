import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../src-main/core/createBackend';
import type { Db } from '../../../src-main/core/db/Db';
import type { MigrationProgress } from '../../../src-main/core/db/MigrationProgress';
import { migrateDatabase, ROWS_PER_REPORT } from '../../../src-main/core/db/migrateDatabase';
import { closeDatabase, openDatabase } from '../../../src-main/core/db/openDatabase';
import { MIGRATION_NOW, upTo } from './useFileAtVersion';

const DEVICE = 'b56aab7f1b339633';
/** Two and a half reports' worth: reports at each ROWS_PER_REPORT and at the last row. */
const MESSAGES = ROWS_PER_REPORT * 2 + ROWS_PER_REPORT / 2;

let dir = '';
let path = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'voronka-migration-progress-'));
  path = join(dir, 'old.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A file as a release before m0072 left it, its log holding MESSAGES messages in the old form. */
const oldFile = (): Db => {
  const db = openDatabase(path);
  migrateDatabase(db, MIGRATION_NOW, upTo(71));
  const insert = db.sqlite.prepare(
    'INSERT INTO change_msgs (hlc, device_id, actor_id, tbl, row_id, at, cells) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  db.sqlite.transaction(() => {
    for (let n = 0; n < MESSAGES; n += 1) {
      const ms = Date.UTC(2026, 10, 1) + n;
      insert.run(
        `${new Date(ms).toISOString()}-0000-${DEVICE}`,
        DEVICE,
        'u1',
        'deals',
        `deal-${n}`,
        ms,
        JSON.stringify({ title: `Deal ${n}`, value_minor: n }),
      );
    }
  })();
  return db;
};

describe('migration progress', () => {
  it('a conversion reports the rows it packed, done of total, and every step of the upgrade', () => {
    const db = oldFile();
    const reports: MigrationProgress[] = [];
    try {
      migrateDatabase(db, MIGRATION_NOW, upTo(74), (progress) => reports.push(progress));
    } finally {
      closeDatabase(db);
    }
    const steps = upTo(74).filter((migration) => migration.version > 71).length;
    expect(steps).toBeGreaterThan(1);
    expect(reports[0]).toEqual({ phase: 'backup', step: 0, steps, name: null, done: null, total: null });
    const conversion = reports.filter((report) => report.name === 'packed_change_log');
    expect(conversion.map((report) => [report.step, report.steps, report.done, report.total])).toEqual([
      [1, steps, 0, MESSAGES],
      [1, steps, ROWS_PER_REPORT, MESSAGES],
      [1, steps, ROWS_PER_REPORT * 2, MESSAGES],
      [1, steps, MESSAGES, MESSAGES],
    ]);
    // A migration that counts nothing still says it runs, up to the last step.
    expect(reports.at(-1)).toMatchObject({ phase: 'migrate', step: steps, steps, done: null, total: null });
  });

  it('opening an old file tells the opener how far the upgrade is, the compaction last', () => {
    closeDatabase(oldFile());
    const reports: MigrationProgress[] = [];
    const backend = createBackend({ dbPath: path, platform: 'cli', onOpenProgress: (p) => reports.push(p) });
    try {
      expect(
        backend.db.sqlite.prepare("SELECT count(*) FROM change_msgs WHERE row_id LIKE 'deal-%'").pluck().get(),
      ).toBe(MESSAGES);
    } finally {
      backend.close();
    }
    const phases = [...new Set(reports.map((report) => report.phase))];
    expect(phases).toEqual(['backup', 'migrate', 'compact']);
    expect(reports.filter((report) => report.total === MESSAGES).map((report) => report.done)).toEqual([
      0,
      ROWS_PER_REPORT,
      ROWS_PER_REPORT * 2,
      MESSAGES,
    ]);
    // Steps count up to the last migration, never past it.
    const steps = reports.filter((report) => report.phase === 'migrate');
    expect(steps.at(-1)?.step).toBe(steps[0]?.steps);
  });

  it('a new file reports no rows and no compaction', () => {
    const reports: MigrationProgress[] = [];
    const backend = createBackend({ dbPath: path, platform: 'cli', onOpenProgress: (p) => reports.push(p) });
    backend.close();
    expect(reports.every((report) => report.phase === 'migrate' && report.done === null)).toBe(true);
  });
});
