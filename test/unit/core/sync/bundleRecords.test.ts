import { formatHlc } from '@shared/domain/hlc';
import { describe, expect, it } from 'vitest';
import { LOG_COLUMNS } from '../../../../src-main/core/changes/LOG_COLUMNS';
import { packCells } from '../../../../src-main/core/changes/packCells';
import { MalformedRecord, packRecords, readRecords } from '../../../../src-main/core/sync/bundle/bundleRecords';
import type { LoggedMessage } from '../../../../src-main/core/sync/SyncMessage';

const DEAL = '019deb7c-14ec-7085-a7f0-020d26bc86f4';

const logged = (overrides: Partial<LoggedMessage> = {}): LoggedMessage => ({
  stamp: { millis: 0, counter: 0, node: 'd1' },
  device: 'd1',
  actor: null,
  at: null,
  table: 'deals',
  rowId: DEAL,
  cells: packCells({ title: 'Сделка', value_minor: 12, deleted_at: null }),
  schema: 79,
  ...overrides,
});

const read = (records: Buffer, count: number, columns: readonly string[] = LOG_COLUMNS) => [
  ...readRecords(records, count, columns, LOG_COLUMNS),
];

/** One record, its u32 length at 0: stamp 0 (1 byte) · counter 0 · device 'd1' as a new name (0, 2, 'd1') · … */
const DEVICE_NAME_AT = 6;
const TABLE_NAME_AT = 12;

describe('format 2 bundle records', () => {
  it('read back every field, the cells stored as they came, by the maker’s column list', () => {
    const messages = [
      logged(),
      logged({
        stamp: { millis: Date.UTC(2026, 11, 7, 6, 0, 0, 123), counter: 0x1f, node: 'relay' },
        actor: 'Анна',
        at: 1.5,
        table: 'activities',
        rowId: `${DEAL}:x`,
        cells: packCells({ subject: 'Позвонить', weight: -7.25 }),
        schema: 80,
      }),
      logged({ stamp: { millis: 5, counter: 1, node: 'd1' }, actor: 'Анна', at: -3 }),
    ];
    const { records, count } = packRecords(messages);
    expect(count).toBe(3);
    const back = read(records, 3);
    expect(back).toEqual(
      messages.map((message) => ({
        hlc: formatHlc(message.stamp),
        device: message.device,
        actor: message.actor,
        at: message.at,
        table: message.table,
        rowId: message.rowId,
        cells: expect.any(Object),
        schema: message.schema,
        stored: { stamp: message.stamp, cells: message.cells },
      })),
    );
    expect(back[1]?.cells).toEqual({ subject: 'Позвонить', weight: -7.25 });
  });

  it('spells each stamp as formatHlc does, within a second and across seconds, before 1970 too', () => {
    const stamps = [-62_167_219_200_000, -1001, -1000, -1, 0, 999, 1000, 1500, 1500, 253_402_300_799_999].map(
      (millis, at) => ({ millis, counter: at * 4099, node: at % 2 === 0 ? 'd1' : 'other' }),
    );
    const back = read(packRecords(stamps.map((stamp) => logged({ stamp }))).records, stamps.length);
    expect(back.map((message) => message.hlc)).toEqual(stamps.map(formatHlc));
  });

  it('unpacks by a newer maker’s longer column list, and then leaves the cells to be packed here', () => {
    const newer = [...LOG_COLUMNS, 'future_column'];
    const cells = Buffer.from([1, ...varint(newer.length), 3, 1, 0x61]);
    const [message] = read(packRecords([logged({ cells })]).records, 1, newer);
    expect(message?.cells).toEqual({ future_column: 'a' });
    expect(message?.stored).toBeUndefined();
  });

  it('refuses a truncated record, a bad length, an unknown name or column, a value a cell cannot hold, a wrong count', () => {
    const { records } = packRecords([logged(), logged({ stamp: { millis: 1, counter: 0, node: 'd1' } })]);
    const withByte = (at: number, value: number) => {
      const copy = Buffer.from(records);
      copy[at] = value;
      return copy;
    };
    const first = records.readUInt32LE(0);
    const withLength = (length: number) => {
      const copy = Buffer.from(records);
      copy.writeUInt32LE(length, 0);
      return copy;
    };
    const malformed = [
      records.subarray(0, records.length - 3),
      records.subarray(0, first + 4 + 2),
      withLength(first + 1000),
      withLength(5),
      withByte(DEVICE_NAME_AT, 9),
      withByte(TABLE_NAME_AT, 7),
    ];
    for (const bytes of malformed) expect(() => read(bytes, 2)).toThrow(MalformedRecord);
    expect(() => read(records, 3)).toThrow(MalformedRecord);
    // The cells name column 2 of a maker whose list has one.
    expect(() => read(records, 2, ['id'])).toThrow(MalformedRecord);
    const badCells = [
      Buffer.from([1, 2, 6]),
      Buffer.from([1, 2, 2, ...Array.from({ length: 8 }, (_, k) => (k < 6 ? 0 : k === 6 ? 0xf8 : 0x7f))]),
      Buffer.from([1, 2, 9]),
      Buffer.from([2]),
    ];
    for (const cells of badCells) {
      expect(() => read(packRecords([logged({ cells })]).records, 1)).toThrow(MalformedRecord);
    }
    for (const stamp of [
      { millis: 253_402_300_800_000, counter: 0, node: 'd1' },
      { millis: 0, counter: 0x10000, node: 'd1' },
      { millis: 0, counter: 0, node: 'a/b' },
    ]) {
      expect(() => read(packRecords([logged({ stamp })]).records, 1)).toThrow(MalformedRecord);
    }
  });
});

function varint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return bytes;
}
