import { closeSync, openSync, readSync } from 'node:fs';
import type { LongWriteStep } from '../../createLongWrite';
import type { ImportSource } from './readImportTable';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const READ_BYTES = 1024 * 1024;

/** The file's bytes a megabyte at a time (uploaded bytes as they are). */
function* bytesOf(source: ImportSource): Generator<Uint8Array> {
  if ('bytes' in source) {
    for (let start = 0; start < source.bytes.length; start += READ_BYTES) {
      yield source.bytes.subarray(start, start + READ_BYTES);
    }
    return;
  }
  const fd = openSync(source.path, 'r');
  try {
    const buffer = Buffer.alloc(READ_BYTES);
    for (;;) {
      const read = readSync(fd, buffer, 0, READ_BYTES, null);
      if (read === 0) return;
      yield buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The non-empty lines a read without quotes ends (`lineHasText`: the line it starts in already
 * holds text), and whether its last line, not ended yet, holds text. Breaks are found with
 * `indexOf` (memchr); a read with a CR (Windows line ends) is walked byte by byte.
 */
const countPlainLines = (bytes: Uint8Array, lineHasText: boolean): { lines: number; lineHasText: boolean } => {
  let lines = 0;
  let hasText = lineHasText;
  let lineStart = 0;
  if (bytes.indexOf(CR) === -1) {
    for (let at = bytes.indexOf(LF); at !== -1; at = bytes.indexOf(LF, lineStart)) {
      if (hasText || at > lineStart) lines += 1;
      hasText = false;
      lineStart = at + 1;
    }
  } else {
    for (let at = 0; at < bytes.length; at += 1) {
      const byte = bytes[at];
      if (byte !== LF && byte !== CR) continue;
      if (hasText || at > lineStart) lines += 1;
      hasText = false;
      lineStart = at + 1;
    }
  }
  return { lines, lineHasText: hasText || bytes.length > lineStart };
};

/**
 * The records under the header of a CSV in an encoding whose quotes, separators and line breaks
 * are single ASCII bytes (UTF-8, Windows-1251), counted from the bytes without parsing cells:
 * lines that are not empty, a line break inside a quoted cell not ending one. A quote opens a
 * cell only at its start (a `5" screen` cell is text, as the parser reads it with relaxed quotes);
 * `""` inside a quoted cell is a quote. What the progress bar's total and the early refusal of a
 * too long file need; the writing pass, which parses, is the exact count.
 */
export const countCsvRecords = async (
  source: ImportSource,
  delimiter: string,
  step: LongWriteStep,
  cancelled: () => boolean,
): Promise<number> => {
  const separator = delimiter.charCodeAt(0);
  let lines = 0;
  let inQuotes = false;
  let lineHasText = false;
  /** The previous byte ended a cell or a line (or the file just began): a quote opens a cell. */
  let cellStart = true;
  /** A quote in a quoted cell was the last byte of a chunk: `""` split over two reads. */
  let pendingQuote = false;
  for (const bytes of bytesOf(source)) {
    if (!inQuotes && !pendingQuote && bytes.indexOf(QUOTE) === -1) {
      // Most reads hold no quote at all: only line breaks matter, found by memchr.
      const counted = countPlainLines(bytes, lineHasText);
      lines += counted.lines;
      lineHasText = counted.lineHasText;
      const last = bytes.at(-1);
      if (last !== undefined) cellStart = last === LF || last === CR || last === separator;
      if (cancelled()) break;
      await step();
      continue;
    }
    for (let at = 0; at < bytes.length; at += 1) {
      const byte = bytes[at];
      if (pendingQuote) {
        pendingQuote = false;
        // `""`: a quote in the cell, which stays open.
        if (byte === QUOTE) continue;
        inQuotes = false;
      }
      if (inQuotes) {
        if (byte !== QUOTE) continue;
        if (at + 1 === bytes.length) pendingQuote = true;
        else if (bytes[at + 1] === QUOTE) at += 1;
        else inQuotes = false;
        continue;
      }
      if (byte === LF || byte === CR) {
        if (lineHasText) lines += 1;
        lineHasText = false;
        cellStart = true;
        continue;
      }
      lineHasText = true;
      if (byte === QUOTE && cellStart) inQuotes = true;
      cellStart = byte === separator;
    }
    if (cancelled()) break;
    await step();
  }
  if (lineHasText || inQuotes || pendingQuote) lines += 1;
  // The first record is the header.
  return Math.max(0, lines - 1);
};
