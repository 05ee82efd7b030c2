import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0041');

const REWOUND = `'title', 'deleted_at', 'owner_id', 'company_id', 'source_id', 'campaign_id', 'value_minor', 'currency',
  'loss_reason_id', 'qualified_at', 'expected_close_on'`;

const planOf = (db: ReturnType<typeof file.open>, query: string): string =>
  (db.sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((row) => row.detail).join('\n');

describe('m0041_kpi_report_indexes', () => {
  it('keeps activities and the log, and serves overdue tasks and rewound deals from indexes alone', () => {
    const db = file.open(37);
    db.sqlite.exec(`
      INSERT INTO activities (id, type, subject, due_at, done_at, created_at, updated_at)
      VALUES ('a1', 'task', 'Позвонить', 100, NULL, 0, 0), ('a2', 'task', 'Счёт', 100, 900, 0, 0);
      INSERT INTO change_log (hlc, device_id, tbl, row_id, col, value, at)
      VALUES ('2026-01-01T00:00:00.000Z-0000-d', 'd', 'deals', 'x', 'title', '"A"', 1),
             ('2026-01-01T00:00:01.000Z-0000-d', 'd', 'deals', 'x', 'stage_id', '"s"', 2);`);
    const activities = db.sqlite.prepare('SELECT * FROM activities ORDER BY id').all();
    const log = db.sqlite.prepare('SELECT * FROM change_log ORDER BY hlc').all();

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(41))).toMatchObject({ to: 41 });
    expect(readSchemaVersion(db)).toBe(41);
    expect(db.sqlite.prepare('SELECT * FROM activities ORDER BY id').all()).toEqual(activities);
    expect(db.sqlite.prepare('SELECT * FROM change_log ORDER BY hlc').all()).toEqual(log);

    const overdue = planOf(
      db,
      `SELECT owner_id, count(*) FROM activities INDEXED BY activities_overdue
       WHERE done_at > 500 AND due_at IS NOT NULL AND due_at < 500 AND created_at <= 500
         AND (deleted_at IS NULL OR deleted_at > 500) GROUP BY owner_id`,
    );
    expect(overdue).toMatch(/USING COVERING INDEX activities_overdue/);
    const probe = `SELECT row_id FROM change_log INDEXED BY change_log_deal_rewind
      WHERE tbl = 'deals' AND col IN (${REWOUND}) AND at > 0`;
    expect(planOf(db, probe)).toMatch(/USING COVERING INDEX change_log_deal_rewind/);
    // Only the rewound columns of deals are in the partial index: the stage move is not.
    expect(db.sqlite.prepare(probe).pluck().all()).toEqual(['x']);
    expect(
      db.sqlite
        .prepare(
          `SELECT count(*) FROM change_log INDEXED BY change_log_deal_rewind
          WHERE tbl = 'deals' AND col IN (${REWOUND})`,
        )
        .pluck()
        .get(),
    ).toBe(1);
  });
});
