import type { SqlValue } from './ChangeWriter';
import { LOG_COLUMNS } from './LOG_COLUMNS';

/*
 * A message's cells in the change log (m0072), `{column: value}` in the writer's order as bytes:
 * byte 0 the format (1); then per cell its column (varint: its place in LOG_COLUMNS + 1, or 0
 * followed by the name as text) and its value: a tag byte, then
 *   0 null · 1 integer (zigzag varint) · 2 other number (float64 LE) · 3 text (varint length, UTF-8)
 *   4 a lower-case UUID (16 bytes) · 5 two UUIDs joined by ':' (32 bytes, checklist and custom
 *   value ids) · 6 true · 7 false.
 * Ids are most of a message's bytes as JSON text; as bytes they take less than half.
 * `unpackCells` reads it back to the same object, key order and values included.
 */

export const CELLS_FORMAT = 1;

const COLUMN_NUMBER = new Map(LOG_COLUMNS.map((name, index) => [name, index + 1]));

/** The value of a lower-case hex digit by its character code; -1 for any other character. */
const HEX_DIGIT = new Int8Array(128).fill(-1);
for (let digit = 0; digit < 16; digit += 1) HEX_DIGIT[digit.toString(16).charCodeAt(0)] = digit;
const HYPHEN = 0x2d;
const COLON = 0x3a;

const hexDigit = (value: string, at: number): number => {
  const code = value.charCodeAt(at);
  return code < 128 ? (HEX_DIGIT[code] ?? -1) : -1;
};

/**
 * Writes the 16 bytes of the lower-case UUID at `from` in `value` (8-4-4-4-12 hex digits) to
 * `bytes` at `at`; false when it is not one (whatever was written is left to be overwritten).
 * Read character by character: a regular expression, a copy without hyphens and a hex decode
 * per id were a sixth of a bundle's storing of its messages.
 */
const writeUuid = (bytes: Buffer, at: number, value: string, from: number): boolean => {
  let out = at;
  let index = from;
  while (index < from + 36) {
    const offset = index - from;
    if (offset === 8 || offset === 13 || offset === 18 || offset === 23) {
      if (value.charCodeAt(index) !== HYPHEN) return false;
      index += 1;
      continue;
    }
    const high = hexDigit(value, index);
    const low = hexDigit(value, index + 1);
    if (high < 0 || low < 0) return false;
    bytes[out] = high * 16 + low;
    out += 1;
    index += 2;
  }
  return true;
};

class ByteSink {
  bytes = Buffer.allocUnsafe(256);
  length = 0;
  room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + n));
    this.bytes.copy(bigger, 0, 0, this.length);
    this.bytes = bigger;
  }
  byte(value: number): void {
    this.room(1);
    this.bytes[this.length++] = value;
  }
  /** A non-negative whole number below 2^53, seven bits a byte. */
  varint(value: number): void {
    this.room(8);
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.bytes[this.length++] = rest;
  }
  text(value: string): void {
    const size = Buffer.byteLength(value);
    this.varint(size);
    this.room(size);
    this.length += this.bytes.write(value, this.length, 'utf8');
  }
  /** A UUID (tag 4) or two joined by ':' (tag 5) as their bytes; false (nothing kept) for any other text. */
  uuids(value: string): boolean {
    const pair = value.length === 73 && value.charCodeAt(36) === COLON;
    if (value.length !== 36 && !pair) return false;
    this.room(pair ? 33 : 17);
    const at = this.length;
    if (!writeUuid(this.bytes, at + 1, value, 0)) return false;
    if (pair && !writeUuid(this.bytes, at + 17, value, 37)) return false;
    this.bytes[at] = pair ? 5 : 4;
    this.length += pair ? 33 : 17;
    return true;
  }
}

const packValue = (sink: ByteSink, value: SqlValue | boolean): void => {
  if (value === null) sink.byte(0);
  else if (typeof value === 'number') {
    if (Number.isInteger(value) && Math.abs(value) < 2 ** 52 && !Object.is(value, -0)) {
      sink.byte(1);
      sink.varint(value >= 0 ? value * 2 : -value * 2 - 1);
    } else {
      sink.byte(2);
      sink.room(8);
      sink.length = sink.bytes.writeDoubleLE(value, sink.length);
    }
  } else if (typeof value === 'boolean') sink.byte(value ? 6 : 7);
  else if (!sink.uuids(value)) {
    sink.byte(3);
    sink.text(value);
  }
};

/** One sink for every message (packing is synchronous): a message's bytes are copied out of it. */
const sink = new ByteSink();
const SINK_KEPT_BYTES = 64 * 1024;

/** The stored form of a message's cells. */
export const packCells = (cells: Readonly<Record<string, SqlValue>>): Buffer => {
  sink.length = 0;
  sink.byte(CELLS_FORMAT);
  for (const [column, value] of Object.entries(cells)) {
    const number = COLUMN_NUMBER.get(column);
    if (number === undefined) {
      sink.varint(0);
      sink.text(column);
    } else sink.varint(number);
    packValue(sink, value);
  }
  const packed = Buffer.from(sink.bytes.subarray(0, sink.length));
  // A long note grew it: not kept that size for every message after.
  if (sink.bytes.length > SINK_KEPT_BYTES) sink.bytes = Buffer.allocUnsafe(256);
  return packed;
};
