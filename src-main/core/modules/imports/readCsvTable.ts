import { CsvError, parse } from 'csv-parse';
import { type Readable, Transform } from 'node:stream';
import { detectDelimiter } from './detectDelimiter';
import { detectEncoding } from './detectEncoding';
import { importFileError } from './ImportFileError';
import type { ImportRow, ImportTable } from './ImportTable';
import { looksBinary } from './looksBinary';

/** A record longer than this (one giant cell, or a quote left open over the file) is refused. */
export const MAX_RECORD_CHARS = 1_000_000;
const SAMPLE_BYTES = 64 * 1024;

/** Bytes → text in the detected encoding, chunk by chunk (a character split over chunks survives). */
const decoder = (encoding: string, skip: number): Transform => {
  const text = new TextDecoder(encoding);
  let toSkip = skip;
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _encoding, done) {
      let bytes: Uint8Array = chunk;
      if (toSkip > 0) {
        const cut = Math.min(toSkip, bytes.length);
        bytes = bytes.subarray(cut);
        toSkip -= cut;
      }
      done(null, text.decode(bytes, { stream: true }));
    },
    flush(done) {
      done(null, text.decode());
    },
  });
};

/** `lastLine`: where the last whole record ended; a quote left open opened in the record after it. */
const csvError = (error: CsvError, lastLine: number) => {
  const line = (error as CsvError & { lines?: number }).lines ?? null;
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return importFileError('unterminated_quote', 'A quote opened in the file is never closed', { line: lastLine + 1 });
  }
  if (error.code === 'CSV_MAX_RECORD_SIZE') {
    return importFileError('cell_too_large', 'A row of the file is larger than 1 MB', {
      line,
      limit: MAX_RECORD_CHARS,
    });
  }
  return importFileError('malformed_csv', error.message, { line });
};

const UNDECODABLE = '\uFFFD';

/**
 * A CSV file as a stream of rows: encoding (UTF-8 with or without BOM, UTF-16 with BOM,
 * Windows-1251) and separator detected from its first 64 KB, then parsed by csv-parse as it
 * streams, so a million-row file never sits in memory. Rows wider or narrower than the header
 * are kept (the caller warns); a quote never closed or a giant record is a clear error.
 */
export const readCsvTable = async (sample: Uint8Array, open: () => Readable): Promise<ImportTable> => {
  if (sample.length === 0) throw importFileError('empty_file', 'The file is empty');
  const { encoding, bomLength } = detectEncoding(sample.subarray(0, SAMPLE_BYTES));
  if (encoding !== 'utf-16le' && looksBinary(sample.subarray(0, SAMPLE_BYTES))) {
    throw importFileError('binary_file', 'The file is not text: it cannot be read as CSV');
  }
  const sampleText = new TextDecoder(encoding).decode(sample.subarray(bomLength, SAMPLE_BYTES));
  const delimiter = detectDelimiter(sampleText);
  const source = open();
  const parser = source.pipe(decoder(encoding, bomLength)).pipe(
    parse({
      delimiter,
      relax_column_count: true,
      // Real exports write `5" screen` unquoted; only a quote left open is an error.
      relax_quotes: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_CHARS,
      info: true,
    }),
  );
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  let lastLine = 0;
  const next = async () => {
    try {
      const item = await iterator.next();
      if (!item.done) lastLine = item.value.info.lines;
      return item;
    } catch (error) {
      throw error instanceof CsvError ? csvError(error, lastLine) : error;
    }
  };
  const first = await next();
  if (first.done) throw importFileError('no_header', 'The file has no header row');
  const headers = first.value.record.map((cell) => cell.trim());
  async function* rows(): AsyncGenerator<ImportRow> {
    for (;;) {
      const item = await next();
      if (item.done) return;
      const { record, info } = item.value;
      const notes = record.flatMap((cell, column) =>
        cell.includes(UNDECODABLE) ? [{ column, reason: 'undecodable_text' }] : [],
      );
      yield { line: info.lines, cells: record, notes };
    }
  }
  const close = () => {
    source.destroy();
    parser.destroy();
  };
  return { format: 'csv', encoding, delimiter, headers, rows: rows(), close };
};
