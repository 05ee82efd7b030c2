import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../src-main/core/createBackend';
import { closeDatabase, openDatabase } from '../../../src-main/core/db/openDatabase';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { m0059_compact_change_log } from '../../../src-main/core/db/migrations/m0059_compact_change_log';
import { readMessagesMissing, readRowMessages } from '../../../src-main/core/sync/changeLogStore';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0059');

type OldCell = [
  hlc: string,
  device: string,
  actor: string | null,
  tbl: string,
  rowId: string,
  col: string,
  value: string | null,
  at: number | null,
];

const S1 = '2026-11-01T10:00:00.000Z-0000-aaaa';
const S2 = '2026-11-01T10:00:01.000Z-0000-aaaa';
/** A device whose id starts like another's: its stamps share S3's prefix but are other messages. */
const S3 = '2026-11-01T10:00:02.000Z-0000-bb';
const S3X = '2026-11-01T10:00:02.000Z-0000-bb-x';
const S4 = '2026-11-01T10:00:03.000Z-0001-aaaa';

/** What m0001–m0058 stored: one row per cell, a message's later cells keyed `stamp/NNN`. */
const OLD_CELLS: OldCell[] = [
  // A deal's insert: three cells, the second a number, the third null, with a quote and Cyrillic.
  [S1, 'aaaa', 'u1', 'deals', 'd1', 'title', '"Сделка \\"A\\""', 1000],
  [`${S1}/001`, 'aaaa', 'u1', 'deals', 'd1', 'value_minor', '150000', 1000],
  [`${S1}/002`, 'aaaa', 'u1', 'deals', 'd1', 'lost_at', 'null', 1000],
  // A stage move (not a rewound column) and a value edit written before wall times (schema 5).
  [S2, 'aaaa', null, 'deals', 'd1', 'stage_id', '"s2"', null],
  [S4, 'aaaa', 'u1', 'deals', 'd1', 'value_minor', '2.5', 1003],
  [S3, 'bb', 'u2', 'contacts', 'c1', 'name', '"Ann"', 1002],
  [`${S3}/001`, 'bb', 'u2', 'contacts', 'c1', 'email', '"a@x"', 1002],
  [S3X, 'bb-x', 'u3', 'contacts', 'c2', 'name', '"Bob"', 1002],
  // Before `stamp/NNN` (one stamp per cell): a one-cell message of its own.
  ['2026-10-01T00:00:00.000Z-0000-aaaa', 'aaaa', null, 'deal_checks', 'd1:cp', 'checked', '1', null],
];

const insertOld = (db: ReturnType<typeof file.open>) => {
  const insert = db.sqlite.prepare(
    'INSERT INTO change_log (hlc, device_id, actor_id, tbl, row_id, col, value, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const cell of OLD_CELLS) insert.run(...cell);
};

describe('m0059_compact_change_log', () => {
  it('groups every old cell back into its message, in order, and reads them as before', () => {
    const db = file.open(58);
    insertOld(db);
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(59))).toMatchObject({ from: 58, to: 59 });
    expect(readSchemaVersion(db)).toBe(59);

    const messages = db.sqlite
      .prepare('SELECT hlc, device_id, actor_id, tbl, row_id, at, cells FROM change_msgs ORDER BY hlc')
      .all();
    expect(messages).toEqual([
      {
        hlc: '2026-10-01T00:00:00.000Z-0000-aaaa',
        device_id: 'aaaa',
        actor_id: null,
        tbl: 'deal_checks',
        row_id: 'd1:cp',
        at: null,
        cells: '{"checked":1}',
      },
      {
        hlc: S1,
        device_id: 'aaaa',
        actor_id: 'u1',
        tbl: 'deals',
        row_id: 'd1',
        at: 1000,
        cells: '{"title":"Сделка \\"A\\"","value_minor":150000,"lost_at":null}',
      },
      { hlc: S2, device_id: 'aaaa', actor_id: null, tbl: 'deals', row_id: 'd1', at: null, cells: '{"stage_id":"s2"}' },
      {
        hlc: S3,
        device_id: 'bb',
        actor_id: 'u2',
        tbl: 'contacts',
        row_id: 'c1',
        at: 1002,
        cells: '{"name":"Ann","email":"a@x"}',
      },
      { hlc: S3X, device_id: 'bb-x', actor_id: 'u3', tbl: 'contacts', row_id: 'c2', at: 1002, cells: '{"name":"Bob"}' },
      {
        hlc: S4,
        device_id: 'aaaa',
        actor_id: 'u1',
        tbl: 'deals',
        row_id: 'd1',
        at: 1003,
        cells: '{"value_minor":2.5}',
      },
    ]);

    // A message's stamp is unique, and its cells an object.
    expect(() =>
      db.sqlite.exec(
        `INSERT INTO change_msgs (hlc, device_id, tbl, row_id, cells) VALUES ('${S1}', 'aaaa', 'deals', 'd1', '{}')`,
      ),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db.sqlite.exec(
        "INSERT INTO change_msgs (hlc, device_id, tbl, row_id, cells) VALUES ('z', 'aaaa', 'deals', 'd1', '[1]')",
      ),
    ).toThrow(/CHECK/);
    // The sync feed and a row's history carry the same messages the old layout did (read as m0072 packs them).
    migrateDatabase(db, MIGRATION_NOW, upTo(72));
    expect(readRowMessages(db, 'deals', 'd1').map((message) => [message.hlc, message.cells])).toEqual([
      [S1, { title: 'Сделка "A"', value_minor: 150000, lost_at: null }],
      [S2, { stage_id: 's2' }],
      [S4, { value_minor: 2.5 }],
    ]);
    expect([...readMessagesMissing(db)].map((message) => message.hlc)).toEqual(
      messages.map((row) => (row as { hlc: string }).hlc),
    );

    // The read-only view keeps the old columns: every cell, with its message's stamp.
    const view = db.sqlite
      .prepare('SELECT hlc, device_id, actor_id, tbl, row_id, col, value, at FROM change_log')
      .all();
    expect(view).toHaveLength(OLD_CELLS.length);
    expect(view).toEqual(
      expect.arrayContaining(
        OLD_CELLS.map(([hlc, device_id, actor_id, tbl, row_id, col, value, at]) => ({
          hlc: hlc.split('/')[0],
          device_id,
          actor_id,
          tbl,
          row_id,
          col,
          value: JSON.stringify(JSON.parse(value ?? 'null')),
          at,
        })),
      ),
    );
    expect(() => db.sqlite.exec("DELETE FROM change_log WHERE tbl = 'deals'")).toThrow(/view/);
  });

  it('indexes a deal message for the KPI rewind only when it carries a rewound column', () => {
    const db = file.open(58);
    insertOld(db);
    migrateDatabase(db, MIGRATION_NOW, upTo(59));
    const inIndex = db.sqlite
      .prepare(
        `SELECT hlc FROM change_msgs INDEXED BY change_msgs_deal_rewind WHERE tbl = 'deals' AND (${[
          'title',
          'deleted_at',
          'owner_id',
          'company_id',
          'source_id',
          'campaign_id',
          'value_minor',
          'currency',
          'loss_reason_id',
          'qualified_at',
          'expected_close_on',
        ]
          .map((column) => `json_type(cells, '$.${column}') IS NOT NULL`)
          .join(' OR ')}) ORDER BY hlc`,
      )
      .pluck()
      .all();
    // The insert and the value edit; the stage move is left out.
    expect(inIndex).toEqual([S1, S4]);
  });

  it('converts in one ordered pass: no sort of the old log, one key range per message', () => {
    const db = file.open(58);
    const convert = /INSERT INTO change_msgs[^;]*;/.exec(m0059_compact_change_log.sql)?.[0] ?? '';
    expect(convert).toContain('SELECT');
    const plan = (
      db.sqlite
        .prepare(`EXPLAIN QUERY PLAN ${convert.replace(/^INSERT INTO change_msgs \([^)]*\)\s*/, '').replace(/;$/, '')}`)
        .all() as {
        detail: string;
      }[]
    ).map((row) => row.detail);
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
    expect(plan.join('\n')).toMatch(/SEARCH c USING (INDEX|PRIMARY KEY).*hlc>\? AND hlc<\?/);
  });

  it('gives the old cells back to the disk once, when a file is opened after the conversion', () => {
    const dir = mkdtempSync(join(tmpdir(), 'voronka-m0059-size-'));
    try {
      const path = join(dir, 'old.sqlite');
      const old = openDatabase(path);
      migrateDatabase(old, MIGRATION_NOW, upTo(58));
      const insert = old.sqlite.prepare(
        "INSERT INTO change_log (hlc, device_id, actor_id, tbl, row_id, col, value, at) VALUES (?, 'aaaa', 'u1', 'activities', ?, ?, ?, 1)",
      );
      old.sqlite.transaction(() => {
        for (let message = 0; message < 2000; message += 1) {
          const stamp = `2026-11-01T10:00:00.000Z-${message.toString(16).padStart(4, '0')}-aaaa`;
          for (let cell = 0; cell < 20; cell += 1) {
            const key = cell === 0 ? stamp : `${stamp}/${String(cell).padStart(3, '0')}`;
            insert.run(key, `a${message}`, `column_${cell}`, JSON.stringify(`value ${cell} of ${message}`));
          }
        }
      })();
      old.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      closeDatabase(old);
      const before = statSync(path).size;

      const backend = createBackend({ dbPath: path, platform: 'test' });
      try {
        const sqlite = backend.db.sqlite;
        // (The backend adds its default workspace's own messages beside them.)
        // (Packed since by m0072, in the same open.)
        expect(
          sqlite
            .prepare(
              "SELECT count(*) FROM change_msgs WHERE device = (SELECT id FROM change_names WHERE name = 'aaaa')",
            )
            .pluck()
            .get(),
        ).toBe(2000);
        expect(sqlite.prepare("SELECT count(*) FROM change_log WHERE device_id = 'aaaa'").pluck().get()).toBe(40_000);
        expect(sqlite.pragma('freelist_count', { simple: true })).toBe(0);
        sqlite.pragma('wal_checkpoint(TRUNCATE)');
        expect(statSync(path).size).toBeLessThan(before / 3);
      } finally {
        backend.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
