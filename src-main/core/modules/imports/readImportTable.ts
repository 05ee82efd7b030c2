import { createReadStream, openSync, readSync, closeSync, readFileSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { importFileError } from './ImportFileError';
import type { ImportTable } from './ImportTable';
import { MAX_XLSX_BYTES, readXlsxTable } from './readXlsxTable';
import { readCsvTable } from './readCsvTable';

/** Where the file comes from: bytes the app uploaded through the contract, or a path the CLI was given. */
export type ImportSource = { bytes: Uint8Array } | { path: string };

const SAMPLE_BYTES = 64 * 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * How much of a file is decoded and parsed at a time: the parser takes a chunk in one go, so a
 * chunk is a span the worker answers no call (32 KB: a few hundred rows, a millisecond or two).
 */
const CHUNK_BYTES = 32 * 1024;

/**
 * Uploaded bytes in file-sized reads: handed over whole, the parser would read every row of the
 * file in one go, holding the worker (and its answers to other calls) for all of it.
 */
function* chunksOf(bytes: Uint8Array): Generator<Buffer> {
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    yield Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(CHUNK_BYTES, bytes.length - start));
  }
}

const isZip = (sample: Uint8Array): boolean => ZIP_MAGIC.every((byte, index) => sample[index] === byte);

const headOf = (path: string): Buffer => {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    return buffer.subarray(0, readSync(fd, buffer, 0, SAMPLE_BYTES, 0));
  } finally {
    closeSync(fd);
  }
};

/**
 * A CSV or XLSX file as a table, told apart by content (an XLSX is a zip), not by its name: a
 * workbook named .csv still opens, and a binary named .csv is refused as not text.
 */
export const readImportTable = async (source: ImportSource): Promise<ImportTable> => {
  const sample = 'bytes' in source ? source.bytes.subarray(0, SAMPLE_BYTES) : headOf(source.path);
  if (isZip(sample)) {
    if ('path' in source && statSync(source.path).size > MAX_XLSX_BYTES) {
      throw importFileError('file_too_large', 'The workbook is too large to import', { limit: MAX_XLSX_BYTES });
    }
    const bytes = 'bytes' in source ? Buffer.from(source.bytes) : readFileSync(source.path);
    return readXlsxTable(bytes);
  }
  const open = () =>
    'bytes' in source
      ? Readable.from(chunksOf(source.bytes))
      : createReadStream(source.path, { highWaterMark: CHUNK_BYTES });
  return readCsvTable(sample, open);
};
