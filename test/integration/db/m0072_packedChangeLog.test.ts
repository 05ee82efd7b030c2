import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { LOG_COLUMNS } from '../../../src-main/core/changes/LOG_COLUMNS';
import { LOG_TABLES } from '../../../src-main/core/changes/LOG_TABLES';
import { packCells } from '../../../src-main/core/changes/packCells';
import { unpackCells } from '../../../src-main/core/changes/unpackCells';
import { SYNCED_TABLES } from '../../../src-main/core/sync/SYNCED_TABLES';
import {
  hasSyncMessage,
  readMessagesMissing,
  readRowMessages,
  readVersionVector,
} from '../../../src-main/core/sync/changeLogStore';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0072');

const DEAL = '019dfd3c-a786-7402-947b-34ba604d9356';
const COMPANY = '019dfd31-ab06-7971-b722-0fec5c31d852';
const CP = '00000000-0000-7000-8000-000000000303';
const DEVICE = 'b56aab7f1b339633';
const OTHER = 'bench00000012345';

type OldMessage = [
  hlc: string,
  device: string,
  actor: string | null,
  tbl: string,
  rowId: string,
  at: number | null,
  cells: string,
];

/** What m0059–m0071 stored: text stamps and names, cells as JSON objects in the writer's order. */
const OLD: OldMessage[] = [
  [
    '1970-01-01T00:00:00.000Z-0000-' + DEVICE,
    DEVICE,
    null,
    'pipelines',
    '00000000-0000-7000-8000-000000000100',
    5,
    '{"name":null,"default_key":"sales","position":"a0"}',
  ],
  [
    '2026-11-01T10:00:00.000Z-0000-' + DEVICE,
    DEVICE,
    'u1',
    'deals',
    DEAL,
    1000,
    `{"title":"Сделка \\"A\\"","value_minor":150000,"company_id":"${COMPANY}","lost_at":null,"probability":0.35,"delta":-7,"upper":"019DFD31-AB06-7971-B722-0FEC5C31D852","future_col":true}`,
  ],
  [
    '2026-11-01T10:00:00.000Z-0001-' + DEVICE,
    DEVICE,
    'u1',
    'deal_checks',
    `${DEAL}:${CP}`,
    1000,
    `{"deal_id":"${DEAL}","control_point_id":"${CP}","checked":1}`,
  ],
  ['2026-11-01T10:00:00.000Z-0001-' + OTHER, OTHER, 'u2', 'deals', DEAL, null, '{"stage_id":"s2","value_minor":2.5}'],
  ['2026-11-01T10:00:02.000Z-00ff-' + OTHER, OTHER, 'u2', 'a_future_table', 'x1', 1002, '{"name":"Ann"}'],
];

const insertOld = (db: ReturnType<typeof file.open>) => {
  const insert = db.sqlite.prepare(
    'INSERT INTO change_msgs (hlc, device_id, actor_id, tbl, row_id, at, cells) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const message of OLD) insert.run(...message);
};

describe('m0072_packed_change_log', () => {
  it('keeps every message: stamps, names, times and cells in their order read back as before', () => {
    const db = file.open(67);
    insertOld(db);
    const viewBefore = db.sqlite.prepare('SELECT * FROM change_log ORDER BY hlc, col').all();
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(72))).toMatchObject({ from: 67, to: 72 });
    expect(readSchemaVersion(db)).toBe(72);

    const messages = [...readMessagesMissing(db)];
    const sorted = [...OLD].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(messages.map((m) => [m.hlc, m.device, m.actor, m.table, m.rowId, m.at])).toEqual(
      sorted.map(([hlc, device, actor, tbl, rowId, at]) => [hlc, device, actor, tbl, rowId, at]),
    );
    for (const [index, message] of messages.entries()) {
      // Same values and the same key order as the JSON the writer stored.
      expect(JSON.stringify(message.cells)).toBe(JSON.stringify(JSON.parse(sorted[index]?.[6] ?? '')));
    }
    expect(readRowMessages(db, 'deals', DEAL).map((m) => m.hlc)).toEqual([OLD[1]?.[0], OLD[3]?.[0]]);
    // The cell view reads as it did.
    expect(db.sqlite.prepare('SELECT * FROM change_log ORDER BY hlc, col').all()).toEqual(viewBefore);
    // Lookups by stamp, and the vector from the stored parts.
    expect(hasSyncMessage(db, OLD[3]?.[0] ?? '')).toBe(true);
    expect(hasSyncMessage(db, `2026-11-01T10:00:00.000Z-0001-${OTHER}x`)).toBe(false);
    expect(db.sqlite.prepare('SELECT count(*) FROM change_msgs').pluck().get()).toBe(OLD.length);
    expect(readVersionVector(db)).toBeTypeOf('object');
  });

  it('names the synced tables by their fixed numbers, deals as 18', () => {
    const db = file.open(72);
    const names = db.sqlite.prepare('SELECT id, name FROM change_names ORDER BY id').all();
    expect(names).toEqual(LOG_TABLES.slice(0, 29).map((name, index) => ({ id: index + 1, name })));
    expect(LOG_TABLES.indexOf('deals') + 1).toBe(18);
    expect([...SYNCED_TABLES].every((table) => LOG_TABLES.includes(table))).toBe(true);
  });

  it('numbers every column of the synced tables, so no cell spells out its name', () => {
    const db = file.open(72);
    const missing = SYNCED_TABLES.flatMap((table) =>
      (db.sqlite.pragma(`table_info("${table}")`) as { name: string }[])
        .map((column) => column.name)
        .filter((column) => !LOG_COLUMNS.includes(column))
        .map((column) => `${table}.${column}`),
    );
    expect(missing).toEqual([]);
    expect(new Set(LOG_COLUMNS).size).toBe(LOG_COLUMNS.length);
  });

  it('packs values exactly and smaller than their JSON', () => {
    const cells = {
      title: 'Сделка',
      company_id: COMPANY,
      id: `${DEAL}:${CP}`,
      n: 0,
      neg: -1,
      max: Number.MAX_SAFE_INTEGER,
      min: -Number.MAX_SAFE_INTEGER,
      float: 0.1,
      negZero: -0,
      huge: 1e300,
      empty: '',
      nothing: null,
    };
    const packed = packCells(cells);
    const back = unpackCells(packed);
    expect(Object.keys(back)).toEqual(Object.keys(cells));
    for (const [key, value] of Object.entries(cells)) expect(Object.is(back[key], value)).toBe(true);
    // An activity's insert as the seed writes it: less than half its JSON.
    const activity = {
      type: 'email',
      direction: 'outbound',
      outcome: null,
      duration_sec: null,
      subject: 'Ответ на заявку с сайта',
      deal_id: DEAL,
      company_id: COMPANY,
      contact_id: CP,
      owner_id: DEAL,
      due_at: null,
      done_at: 1778075783707,
      created_at: 1778075783707,
      deleted_at: null,
    };
    expect(packCells(activity).length).toBeLessThan(JSON.stringify(activity).length / 2);
    expect(() => unpackCells(packed.subarray(0, packed.length - 3))).toThrow(/end early/);
  });

  it('packs a UUID and a pair as their bytes, and anything that only looks like one as text', () => {
    const id = '019c34c1-2880-7d0b-bc52-742c80553e22';
    const bytesOf = (value: string) => packCells({ title: value }).subarray(2);
    expect(bytesOf(id)).toEqual(Buffer.concat([Buffer.from([4]), Buffer.from(id.replaceAll('-', ''), 'hex')]));
    expect(bytesOf(`${id}:${id}`)).toEqual(
      Buffer.concat([Buffer.from([5]), Buffer.from(`${id}${id}`.replaceAll('-', ''), 'hex')]),
    );
    const lookalikes = [
      id.toUpperCase(),
      id.replace('-', '_'),
      `${id.slice(0, 8)}${id.slice(9)}-`,
      id.replace('c', 'g'),
      id.replace('c', 'ç'),
      `${id};${id}`,
      `${id}:${id.toUpperCase()}`,
      `${id}:${id.slice(0, 35)}x`,
      'x'.repeat(36),
    ];
    for (const value of lookalikes) {
      expect(bytesOf(value)[0]).toBe(3);
      expect(unpackCells(packCells({ title: value }))).toEqual({ title: value });
    }
  });
});
