import type { Hlc } from '@shared/domain/hlc';
import { unpackCells } from '../../changes/unpackCells';
import type { LoggedMessage, ReceivedMessage } from '../SyncMessage';

/*
 * A format 2 bundle's payload (before it is deflated): the messages in their stored form, one
 * record each, so the receiver stores the cells as they came (no JSON to parse, no packing again)
 * and unpacks them once for the merge. A record is a u32 (LE) length, then
 *   stamp millisecond (zigzag varint) · stamp counter (varint) · device (name) ·
 *   stamp node (0 = the device, else 1 + name) · actor (0 = none, else 1 + name) · table (name) ·
 *   row id (text) · wall time (tag 0 none, 1 zigzag varint, 2 float64 LE) · schema (zigzag varint) ·
 *   the cells as the log stores them (`packCells`), to the record's end.
 * A name is a varint: the place of a name met before in this payload, or the count of those
 * names followed by a new one as text (a varint length, UTF-8). The cells' column numbers are
 * the maker's LOG_COLUMNS, which the header lists (`columns`).
 */

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** The stamps' text form holds a four-digit year: 0000-01-01 through 9999-12-31. */
const FIRST_STAMP_MS = -62_167_219_200_000;
const LAST_STAMP_MS = 253_402_300_799_999;
const MAX_COUNTER = 0xffff;
const PIECE_BYTES = 4 * 1024 * 1024;

/** Whether a value is one the change log's cells may hold: what a format 1 bundle's lines allow. */
const isCellValue = (value: unknown): boolean =>
  value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/** Records written into pieces of a few MB (a record never spans two), joined at the end. */
class RecordSink {
  private readonly pieces: Buffer[] = [];
  private bytes = Buffer.allocUnsafe(PIECE_BYTES);
  private length = 0;
  private readonly names = new Map<string, number>();

  room(size: number): void {
    if (this.length + size <= this.bytes.length) return;
    this.pieces.push(this.bytes.subarray(0, this.length));
    this.bytes = Buffer.allocUnsafe(Math.max(PIECE_BYTES, size));
    this.length = 0;
  }

  /** Starts a record of at most `size` bytes; returns where its length goes. */
  begin(size: number): number {
    this.room(size + 4);
    const at = this.length;
    this.length += 4;
    return at;
  }

  end(at: number): void {
    this.bytes.writeUInt32LE(this.length - at - 4, at);
  }

  byte(value: number): void {
    this.bytes[this.length++] = value;
  }

  varint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.bytes[this.length++] = rest;
  }

  zigzag(value: number): void {
    this.varint(value >= 0 ? value * 2 : -value * 2 - 1);
  }

  text(value: string): void {
    this.varint(Buffer.byteLength(value));
    this.length += this.bytes.write(value, this.length, 'utf8');
  }

  name(value: string): void {
    const known = this.names.get(value);
    if (known !== undefined) {
      this.varint(known);
      return;
    }
    this.varint(this.names.size);
    this.names.set(value, this.names.size);
    this.text(value);
  }

  float(value: number): void {
    this.length = this.bytes.writeDoubleLE(value, this.length);
  }

  copy(bytes: Uint8Array): void {
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  join(): Buffer {
    this.pieces.push(this.bytes.subarray(0, this.length));
    return Buffer.concat(this.pieces);
  }
}

const isSafeWhole = (value: number): boolean => Number.isSafeInteger(value) && Math.abs(value) <= MAX_SAFE / 2;

/** The most bytes a record of this message takes (texts at their UTF-8 worst, three bytes a UTF-16 unit). */
const recordBound = (message: LoggedMessage): number =>
  128 +
  3 * (message.device.length + message.stamp.node.length + (message.actor?.length ?? 0) + message.table.length) +
  3 * message.rowId.length +
  message.cells.length;

const writeRecord = (sink: RecordSink, message: LoggedMessage): void => {
  const { stamp, at, schema } = message;
  if (!isSafeWhole(stamp.millis) || !isSafeWhole(schema)) throw new Error('A message with a malformed stamp or schema');
  const start = sink.begin(recordBound(message));
  sink.zigzag(stamp.millis);
  sink.varint(stamp.counter);
  sink.name(message.device);
  if (stamp.node === message.device) sink.varint(0);
  else {
    sink.varint(1);
    sink.name(stamp.node);
  }
  if (message.actor === null) sink.varint(0);
  else {
    sink.varint(1);
    sink.name(message.actor);
  }
  sink.name(message.table);
  sink.text(message.rowId);
  if (at === null) sink.byte(0);
  else if (isSafeWhole(at)) {
    sink.byte(1);
    sink.zigzag(at);
  } else {
    sink.byte(2);
    sink.float(at);
  }
  sink.zigzag(schema);
  sink.copy(message.cells);
  sink.end(start);
};

/** The messages as format 2 records, and their count. */
export const packRecords = (messages: Iterable<LoggedMessage>): { records: Buffer; count: number } => {
  const sink = new RecordSink();
  let count = 0;
  for (const message of messages) {
    writeRecord(sink, message);
    count += 1;
  }
  return { records: sink.join(), count };
};

/** A malformed record: the caller refuses the bundle as damaged. */
export class MalformedRecord extends Error {}

/** Reads one record's fields, never past its end. */
class RecordSource {
  at = 0;
  end = 0;
  readonly names: string[] = [];
  constructor(readonly bytes: Buffer) {}

  byte(): number {
    if (this.at >= this.end) throw new MalformedRecord('a record ends early');
    return this.bytes[this.at++] as number;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.byte();
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) break;
      scale *= 0x80;
      if (scale > MAX_SAFE) throw new MalformedRecord('a number too long');
    }
    if (value > MAX_SAFE) throw new MalformedRecord('a number too long');
    return value;
  }

  zigzag(): number {
    const value = this.varint();
    return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
  }

  text(): string {
    const size = this.varint();
    if (this.at + size > this.end) throw new MalformedRecord('a record ends early');
    this.at += size;
    return this.bytes.toString('utf8', this.at - size, this.at);
  }

  name(): string {
    const place = this.varint();
    if (place < this.names.length) return this.names[place] as string;
    if (place > this.names.length) throw new MalformedRecord(`an unknown name ${place}`);
    const name = this.text();
    this.names.push(name);
    return name;
  }

  float(): number {
    if (this.at + 8 > this.end) throw new MalformedRecord('a record ends early');
    const value = this.bytes.readDoubleLE(this.at);
    this.at += 8;
    return value;
  }
}

const MILLIS = Array.from({ length: 1000 }, (_, ms) => String(ms).padStart(3, '0'));

/**
 * A stamp's text (`formatHlc`'s), the date and time of its second kept from the last stamp: a
 * bundle's messages run in stamp order, most of them within the second of the one before, and a
 * Date and its ISO text per message were 1.5 s of a whole workspace's import.
 */
const createStampText = (): ((stamp: Hlc) => string) => {
  let second = Number.NaN;
  let prefix = '';
  return ({ millis, counter, node }) => {
    const stampSecond = Math.floor(millis / 1000);
    if (stampSecond !== second) {
      second = stampSecond;
      // `YYYY-MM-DDTHH:mm:ss.`
      prefix = new Date(stampSecond * 1000).toISOString().slice(0, 20);
    }
    const hex = counter === 0 ? '0000' : counter.toString(16).padStart(4, '0');
    return `${prefix}${MILLIS[millis - stampSecond * 1000] as string}Z-${hex}-${node}`;
  };
};

const nonEmpty = (value: string, what: string): string => {
  if (value.length === 0) throw new MalformedRecord(`an empty ${what}`);
  return value;
};

const readRecord = (
  source: RecordSource,
  columns: readonly string[],
  keepStored: boolean,
  stampText: (stamp: Hlc) => string,
): ReceivedMessage => {
  const millis = source.zigzag();
  const counter = source.varint();
  if (millis < FIRST_STAMP_MS || millis > LAST_STAMP_MS || counter > MAX_COUNTER) {
    throw new MalformedRecord('a stamp out of range');
  }
  const device = nonEmpty(source.name(), 'device');
  const node = source.varint() === 0 ? device : nonEmpty(source.name(), 'stamp node');
  if (node.includes('/')) throw new MalformedRecord('a stamp node with a slash');
  const actor = source.varint() === 0 ? null : source.name();
  const table = nonEmpty(source.name(), 'table');
  const rowId = nonEmpty(source.text(), 'row id');
  const atTag = source.byte();
  const at = atTag === 0 ? null : atTag === 1 ? source.zigzag() : atTag === 2 ? source.float() : Number.NaN;
  if (at !== null && !Number.isFinite(at)) throw new MalformedRecord('a malformed wall time');
  const schema = source.zigzag();
  const packed = source.bytes.subarray(source.at, source.end);
  let cells: ReceivedMessage['cells'];
  try {
    cells = unpackCells(packed, columns);
  } catch (error) {
    throw new MalformedRecord(String(error));
  }
  for (const column in cells) if (!isCellValue(cells[column])) throw new MalformedRecord('a malformed cell');
  const stamp = { millis, counter, node };
  const message: ReceivedMessage = { hlc: stampText(stamp), device, actor, at, table, rowId, cells, schema };
  // Packed by the maker's column list, which this device's extends: stored as they came.
  if (keepStored) message.stored = { stamp, cells: packed };
  return message;
};

/**
 * Each message of format 2 records, checked as it is read (throws MalformedRecord for anything
 * not a well-formed record, a count other than `expected` included). `columns`: the maker's
 * LOG_COLUMNS; `ownColumns`: this device's, of which the maker's must be the start for the cells
 * to be stored as they came (a newer maker's are unpacked by its list and packed again here).
 */
export function* readRecords(
  records: Buffer,
  expected: number,
  columns: readonly string[],
  ownColumns: readonly string[],
): Generator<ReceivedMessage> {
  const keepStored = columns.length <= ownColumns.length && columns.every((column, at) => ownColumns[at] === column);
  // The same list as this device's: unpacked as its own (unpackCells builds its objects faster so).
  const unpackBy = keepStored && columns.length === ownColumns.length ? ownColumns : columns;
  const source = new RecordSource(records);
  const stampText = createStampText();
  let count = 0;
  let next = 0;
  while (next < records.length) {
    if (next + 4 > records.length) throw new MalformedRecord('a record length cut off');
    const length = records.readUInt32LE(next);
    source.at = next + 4;
    source.end = source.at + length;
    if (source.end > records.length) throw new MalformedRecord('a record past the end');
    const message = readRecord(source, unpackBy, keepStored, stampText);
    next = source.end;
    count += 1;
    yield message;
  }
  if (count !== expected) throw new MalformedRecord(`${count} records for ${expected}`);
}
