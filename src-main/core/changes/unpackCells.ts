import type { SqlValue } from './ChangeWriter';
import { LOG_COLUMNS } from './LOG_COLUMNS';

/** Reads what `packCells` wrote. */
class ByteSource {
  at = 0;
  constructor(readonly bytes: Uint8Array) {}
  byte(): number {
    if (this.at >= this.bytes.length) throw new Error('change-log cells end early');
    return this.bytes[this.at++] as number;
  }
  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.byte();
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }
  take(size: number): Buffer {
    if (this.at + size > this.bytes.length) throw new Error('change-log cells end early');
    const part = Buffer.from(this.bytes.buffer, this.bytes.byteOffset + this.at, size);
    this.at += size;
    return part;
  }
  text(): string {
    return this.take(this.varint()).toString('utf8');
  }
  uuid(): string {
    const hex = this.take(16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

const unpackValue = (source: ByteSource): SqlValue | boolean => {
  const tag = source.byte();
  switch (tag) {
    case 0:
      return null;
    case 1: {
      const zigzag = source.varint();
      return zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
    }
    case 2:
      return source.take(8).readDoubleLE(0);
    case 3:
      return source.text();
    case 4:
      return source.uuid();
    case 5:
      return `${source.uuid()}:${source.uuid()}`;
    case 6:
      return true;
    case 7:
      return false;
    default:
      throw new Error(`change-log cells: unknown value tag ${tag}`);
  }
};

/** A message's cells as the writer gave them, from their stored form (m0072). */
export const unpackCells = (bytes: Uint8Array): Record<string, SqlValue> => {
  const source = new ByteSource(bytes);
  const format = source.byte();
  if (format !== 1) throw new Error(`change-log cells: unknown format ${format}`);
  const entries: [string, SqlValue | boolean][] = [];
  while (source.at < bytes.length) {
    const number = source.varint();
    const column = number === 0 ? source.text() : LOG_COLUMNS[number - 1];
    if (column === undefined) throw new Error(`change-log cells: unknown column ${number}`);
    entries.push([column, unpackValue(source)]);
  }
  // fromEntries defines own properties, so no column name reaches the prototype.
  return Object.fromEntries(entries) as Record<string, SqlValue>;
};
