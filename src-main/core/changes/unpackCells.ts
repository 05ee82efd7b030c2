import type { SqlValue } from './ChangeWriter';
import { LOG_COLUMNS } from './LOG_COLUMNS';

const HEX_DIGITS = Buffer.from('0123456789abcdef', 'latin1');
const DASH = 0x2d;
const UUID_TEXT = Buffer.alloc(36);

/** Reads what `packCells` wrote. */
class ByteSource {
  at = 0;
  /** The same bytes as a Buffer once, so a text is decoded in place rather than copied first. */
  readonly view: Buffer;
  constructor(readonly bytes: Uint8Array) {
    this.view = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  }
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
  float(): number {
    if (this.at + 8 > this.bytes.length) throw new Error('change-log cells end early');
    this.at += 8;
    return this.view.readDoubleLE(this.at - 8);
  }
  text(): string {
    const size = this.varint();
    if (this.at + size > this.bytes.length) throw new Error('change-log cells end early');
    this.at += size;
    return this.view.toString('utf8', this.at - size, this.at);
  }
  /**
   * Hex digits written into one scratch buffer and read as one flat string: ids are most of a log's
   * values (a string glued from pieces would be a rope of many nodes, kept by every held message).
   */
  uuid(): string {
    if (this.at + 16 > this.bytes.length) throw new Error('change-log cells end early');
    let out = 0;
    for (let k = 0; k < 16; k += 1) {
      if (k === 4 || k === 6 || k === 8 || k === 10) UUID_TEXT[out++] = DASH;
      const byte = this.bytes[this.at + k] as number;
      UUID_TEXT[out++] = HEX_DIGITS[byte >> 4] as number;
      UUID_TEXT[out++] = HEX_DIGITS[byte & 15] as number;
    }
    this.at += 16;
    return UUID_TEXT.toString('latin1', 0, 36);
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
      return source.float();
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

/** Steps over one value without decoding it (texts and ids are not turned into strings). */
const skipValue = (source: ByteSource): void => {
  const tag = source.byte();
  switch (tag) {
    case 0:
    case 6:
    case 7:
      return;
    case 1:
      source.varint();
      return;
    case 2:
      source.take(8);
      return;
    case 3:
      source.take(source.varint());
      return;
    case 4:
      source.take(16);
      return;
    case 5:
      source.take(32);
      return;
    default:
      throw new Error(`change-log cells: unknown value tag ${tag}`);
  }
};

/**
 * The columns a message's cells name, in their order, without their values: what a reader that
 * only asks "did this message write column X" needs (the KPI rewind probes every deal message
 * written after its as-of time).
 */
export const cellColumns = (bytes: Uint8Array): string[] => {
  const source = new ByteSource(bytes);
  const format = source.byte();
  if (format !== 1) throw new Error(`change-log cells: unknown format ${format}`);
  const columns: string[] = [];
  while (source.at < bytes.length) {
    const number = source.varint();
    const column = number === 0 ? source.text() : LOG_COLUMNS[number - 1];
    if (column === undefined) throw new Error(`change-log cells: unknown column ${number}`);
    columns.push(column);
    skipValue(source);
  }
  return columns;
};

/** Cells key by key, for any column list: a name spelt out, or a list other than this version's. */
const unpackCellsByKey = (source: ByteSource, columns: readonly string[]): Record<string, SqlValue> => {
  const cells: Record<string, SqlValue | boolean> = {};
  while (source.at < source.bytes.length) {
    const number = source.varint();
    const column = number === 0 ? source.text() : columns[number - 1];
    if (column === undefined) throw new Error(`change-log cells: unknown column ${number}`);
    const value = unpackValue(source);
    // Defined, not assigned: a column named `__proto__` is a cell, not the object's prototype.
    if (column === '__proto__')
      Object.defineProperty(cells, column, { value, enumerable: true, writable: true, configurable: true });
    else cells[column] = value;
  }
  return cells as Record<string, SqlValue>;
};

/**
 * A sequence of LOG_COLUMNS numbers met as a message's cells, from the first to this one (a trie:
 * `next` by the following number), and once complete, a function building its cells as one object
 * literal. Messages of one table and kind carry the same columns in the same order; an object
 * built key by key took as long as decoding its values (a whole workspace's bundle holds 32M
 * cells). The keys are this version's own column names, never a file's.
 */
type CellShape = {
  next: (CellShape | undefined)[];
  columns: readonly string[];
  build: ((values: readonly unknown[]) => Record<string, SqlValue>) | undefined;
};

const SHAPES: CellShape = { next: [], columns: [], build: undefined };
/** Sequences kept at most: past it (cells of unusual shapes by the thousand) objects are built key by key. */
const MAX_SHAPES = 5000;
let shapeCount = 0;
const shapeValues: unknown[] = [];

const buildOf = (columns: readonly string[]): CellShape['build'] =>
  // The names are LOG_COLUMNS' (plain identifiers), written as JSON string literals all the same.
  new Function(
    'values',
    `return { ${columns.map((column, at) => `${JSON.stringify(column)}: values[${at}]`).join(', ')} };`,
  ) as CellShape['build'];

/** Cells numbered by this version's LOG_COLUMNS, built by their sequence's function; undefined for a name spelt out. */
const unpackCellsByShape = (source: ByteSource): Record<string, SqlValue> | undefined => {
  let shape = SHAPES;
  let count = 0;
  while (source.at < source.bytes.length) {
    const number = source.varint();
    const column = LOG_COLUMNS[number - 1];
    // (`__proto__` in a literal would set the prototype: never a log column, and never built so.)
    if (column === undefined || column === '__proto__') return undefined;
    let next = shape.next[number];
    if (next === undefined) {
      if (shapeCount >= MAX_SHAPES) return undefined;
      shapeCount += 1;
      next = { next: [], columns: [...shape.columns, column], build: undefined };
      shape.next[number] = next;
    }
    shape = next;
    shapeValues[count] = unpackValue(source);
    count += 1;
  }
  shape.build ??= buildOf(shape.columns);
  return shape.build?.(shapeValues);
};

/**
 * A message's cells as the writer gave them, from their stored form (m0072). `columns`: the list
 * the numbers refer to (another device's LOG_COLUMNS, for cells packed there: a bundle's).
 */
export const unpackCells = (bytes: Uint8Array, columns: readonly string[] = LOG_COLUMNS): Record<string, SqlValue> => {
  const source = new ByteSource(bytes);
  const format = source.byte();
  if (format !== 1) throw new Error(`change-log cells: unknown format ${format}`);
  if (columns === LOG_COLUMNS) {
    const cells = unpackCellsByShape(source);
    if (cells !== undefined) return cells;
    source.at = 1;
  }
  return unpackCellsByKey(source, columns);
};
