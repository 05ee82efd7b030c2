import { inflateRawSync } from 'node:zlib';
import { importFileError } from './ImportFileError';

/** What an XLSX may hold once inflated; ExcelJS keeps the whole workbook in memory. */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATE = 8;

type Entry = { name: string; method: number; compressed: number; declared: number; localOffset: number };

const bomb = (message: string, params: Record<string, unknown>) =>
  importFileError('zip_bomb', message, { limit: MAX_INFLATED_BYTES, ...params });

/** The central directory's entries (the end record is within the last 64 KB + 22 bytes). */
const readEntries = (zip: Buffer): Entry[] => {
  const from = Math.max(0, zip.length - 65_557);
  let end = -1;
  for (let at = zip.length - 22; at >= from; at -= 1) {
    if (zip.readUInt32LE(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw importFileError('not_xlsx', 'The file is not an Excel workbook');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) {
      throw importFileError('not_xlsx', 'The file is not an Excel workbook');
    }
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressed: zip.readUInt32LE(at + 20),
      declared: zip.readUInt32LE(at + 24),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
};

/** Inflates one entry with a hard output cap: a lying header cannot make it inflate more. */
const inflatedSize = (zip: Buffer, entry: Entry, budget: number): number => {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) {
    throw importFileError('not_xlsx', 'The file is not an Excel workbook');
  }
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressed);
  if (entry.method === STORED) return data.length;
  if (entry.method !== DEFLATE) throw importFileError('not_xlsx', 'The workbook uses an unknown compression');
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw bomb('The workbook inflates to more than the import allows', { entry: entry.name });
    }
    throw importFileError('not_xlsx', 'The workbook is damaged');
  }
};

/**
 * Guards ExcelJS against a zip bomb before it inflates anything: the sizes the archive declares
 * (ZIP64's "see the extra field" marker counts as too large) and then the sizes its entries
 * really inflate to, each with a cap, must stay under MAX_INFLATED_BYTES in total.
 */
export const checkZipSizes = (zip: Buffer): void => {
  const entries = readEntries(zip);
  let declared = 0;
  for (const entry of entries) declared += entry.declared === 0xffffffff ? Infinity : entry.declared;
  if (declared > MAX_INFLATED_BYTES) {
    throw bomb('The workbook declares more data than the import allows', { declared });
  }
  let inflated = 0;
  for (const entry of entries) {
    inflated += inflatedSize(zip, entry, MAX_INFLATED_BYTES - inflated + 1);
    if (inflated > MAX_INFLATED_BYTES) throw bomb('The workbook inflates to more than the import allows', {});
  }
};
