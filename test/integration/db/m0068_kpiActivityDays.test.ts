import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { selectActivityCounts } from '../../../src-main/core/modules/kpi/kpi.repo';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0068');
const DAY = 86_400_000;
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 9, 1);

const ROLLUP = `SELECT day, owner_key, type, n FROM kpi_activity_days WHERE n > 0 ORDER BY 1, 2, 3`;
/** The rollup recomputed from the activities, written apart from the migration's own SQL. */
const RECOMPUTED = `SELECT done_at / ${DAY} AS day, coalesce(owner_id, '') AS owner_key, type, count(*) AS n
  FROM activities WHERE done_at IS NOT NULL AND deleted_at IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
/** Every bucket's stamp covers the creation and tombstone times of the rows now in it. */
const STAMPS_SHORT = `SELECT count(*) FROM activities a
  LEFT JOIN kpi_activity_days r ON r.day = a.done_at / ${DAY} AND r.owner_key = coalesce(a.owner_id, '') AND r.type = a.type
  WHERE a.done_at IS NOT NULL AND (r.stamp IS NULL OR r.stamp < a.created_at OR r.stamp < coalesce(a.deleted_at, 0))`;
/** The KPI's activity counts straight from the activities (what the engine read before m0068). */
const EXACT = `SELECT owner_id AS ownerId, type, count(*) AS n FROM activities
  WHERE done_at >= ? AND done_at < ? AND created_at <= ? AND (deleted_at IS NULL OR deleted_at > ?)
  GROUP BY owner_id, type ORDER BY owner_id, type`;

type Db = ReturnType<typeof file.open>;

const setUp = (db: Db) =>
  db.sqlite.exec(`
    INSERT INTO users (id, name, role, active, created_at, updated_at) VALUES
      ('u1', 'Анна', 'rep', 1, 0, 0), ('u2', 'Борис', 'rep', 1, 0, 0);`);

const insert = (db: Db, id: string, row: { owner: string | null; type: string; done: number | null; at: number }) =>
  db.sqlite
    .prepare(
      `INSERT INTO activities (id, type, subject, owner_id, done_at, created_at, updated_at) VALUES (?, ?, 'x', ?, ?, ?, ?)`,
    )
    .run(id, row.type, row.owner, row.done, row.at, row.at);

type Write =
  | { kind: 'insert'; owner: number; type: number; doneDay: number | null; hour: number }
  | { kind: 'done'; pick: number; doneDay: number | null; hour: number }
  | { kind: 'owner'; pick: number; owner: number }
  | { kind: 'type'; pick: number; type: number }
  | { kind: 'tombstone'; pick: number }
  | { kind: 'restore'; pick: number }
  | { kind: 'erase'; pick: number }
  | { kind: 'subject'; pick: number };

const OWNERS = ['u1', 'u2', null];
const TYPES = ['call', 'email', 'meeting', 'demo'];

const writeArb: fc.Arbitrary<Write> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      owner: fc.nat(2),
      type: fc.nat(3),
      doneDay: fc.option(fc.nat(6)),
      hour: fc.nat(23),
    }),
  },
  fc.record({ kind: fc.constant('done' as const), pick: fc.nat(), doneDay: fc.option(fc.nat(6)), hour: fc.nat(23) }),
  fc.record({ kind: fc.constant('owner' as const), pick: fc.nat(), owner: fc.nat(2) }),
  fc.record({ kind: fc.constant('type' as const), pick: fc.nat(), type: fc.nat(3) }),
  fc.record({ kind: fc.constant('tombstone' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('restore' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('erase' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('subject' as const), pick: fc.nat() }),
);

/** Applies one write at wall time `now` (each write three hours after the last, as the app stamps them). */
const apply = (db: Db, write: Write, now: number, index: number) => {
  const ids = db.sqlite.prepare('SELECT id FROM activities ORDER BY id').pluck().all() as string[];
  const doneAt = (day: number | null, hour: number) => (day === null ? null : T0 + day * DAY + hour * HOUR);
  if (write.kind === 'insert') {
    const id = `a${String(index).padStart(4, '0')}`;
    insert(db, id, { owner: OWNERS[write.owner] ?? null, type: TYPES[write.type] ?? 'call', done: doneAt(write.doneDay, write.hour), at: now });
    return;
  }
  const id = ids[write.pick % Math.max(1, ids.length)];
  if (id === undefined) return;
  const run = (text: string, ...params: unknown[]) => db.sqlite.prepare(text).run(...params);
  switch (write.kind) {
    case 'done':
      return run('UPDATE activities SET done_at = ?, updated_at = ? WHERE id = ?', doneAt(write.doneDay, write.hour), now, id);
    case 'owner':
      return run('UPDATE activities SET owner_id = ?, updated_at = ? WHERE id = ?', OWNERS[write.owner] ?? null, now, id);
    case 'type':
      return run('UPDATE activities SET type = ?, updated_at = ? WHERE id = ?', TYPES[write.type] ?? 'call', now, id);
    case 'tombstone':
      return run('UPDATE activities SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL', now, now, id);
    case 'restore':
      return run('UPDATE activities SET deleted_at = NULL, updated_at = ? WHERE id = ?', now, id);
    case 'erase':
      return run('DELETE FROM activities WHERE id = ?', id);
    case 'subject':
      return run("UPDATE activities SET subject = 'y', updated_at = ? WHERE id = ?", now, id);
  }
};

describe('m0068_kpi_activity_days', () => {
  it('fills the rollup from existing activities and keeps the stamps over their creation and tombstones', () => {
    const db = file.open(67);
    setUp(db);
    insert(db, 'a1', { owner: 'u1', type: 'call', done: T0 + HOUR, at: T0 });
    insert(db, 'a2', { owner: 'u1', type: 'call', done: T0 + 2 * HOUR, at: T0 + 5 * HOUR });
    insert(db, 'a3', { owner: null, type: 'email', done: T0 + DAY, at: T0 });
    insert(db, 'a4', { owner: 'u2', type: 'demo', done: null, at: T0 });
    insert(db, 'a5', { owner: 'u2', type: 'demo', done: T0 + DAY, at: T0 });
    db.sqlite.exec(`UPDATE activities SET deleted_at = ${T0 + 9 * DAY} WHERE id = 'a5'`);
    const before = db.sqlite.prepare('SELECT * FROM activities ORDER BY id').all();

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(68))).toMatchObject({ to: 68 });
    expect(readSchemaVersion(db)).toBe(68);
    expect(db.sqlite.prepare('SELECT * FROM activities ORDER BY id').all()).toEqual(before);
    const day = T0 / DAY;
    expect(db.sqlite.prepare('SELECT day, owner_key, type, n, stamp FROM kpi_activity_days ORDER BY 1, 2, 3').all()).toEqual([
      { day, owner_key: 'u1', type: 'call', n: 2, stamp: T0 + 5 * HOUR },
      { day: day + 1, owner_key: '', type: 'email', n: 1, stamp: T0 },
      { day: day + 1, owner_key: 'u2', type: 'demo', n: 0, stamp: T0 + 9 * DAY },
    ]);
    expect(db.sqlite.prepare(STAMPS_SHORT).pluck().get()).toBe(0);
  });

  it('equals the recomputation after any writes, and the KPI counts equal the exact query for any window and as-of time', () => {
    const db = file.open(68);
    setUp(db);
    fc.assert(
      fc.property(
        fc.array(writeArb, { minLength: 20, maxLength: 80 }),
        fc.array(fc.tuple(fc.nat(24 * 8), fc.nat(24 * 8), fc.nat()), { minLength: 1, maxLength: 6 }),
        (writes, windows) => {
          db.sqlite.exec('DELETE FROM activities');
          db.sqlite.exec('DELETE FROM kpi_activity_days');
          writes.forEach((write, index) => {
            apply(db, write, T0 + index * 3 * HOUR, index);
            expect(db.sqlite.prepare(ROLLUP).all()).toEqual(db.sqlite.prepare(RECOMPUTED).all());
          });
          expect(db.sqlite.prepare(STAMPS_SHORT).pluck().get()).toBe(0);
          for (const [a, b, asOfStep] of windows) {
            const from = T0 + Math.min(a, b) * HOUR - 3 * HOUR;
            // As of the time of one of the writes (or just after the last): later ones must not count.
            const asOf = T0 + (asOfStep % (writes.length + 1)) * 3 * HOUR;
            const end = Math.min(T0 + Math.max(a, b) * HOUR + 5 * HOUR, asOf + 1);
            const counts = selectActivityCounts(db, { from, end, asOf }, {});
            const exact = db.sqlite.prepare(EXACT).all(from, end, asOf, asOf);
            expect(counts).toEqual(exact);
            const owned = selectActivityCounts(db, { from, end, asOf }, { ownerId: 'u1' });
            expect(owned).toEqual(exact.filter((row) => (row as { ownerId: string | null }).ownerId === 'u1'));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
