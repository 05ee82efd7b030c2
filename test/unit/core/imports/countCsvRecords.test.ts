import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { countCsvRecords } from '../../../../src-main/core/modules/imports/countCsvRecords';

const count = (text: string | Uint8Array, delimiter = ',') =>
  countCsvRecords(
    { bytes: typeof text === 'string' ? Buffer.from(text) : text },
    delimiter,
    async () => {},
    () => false,
  );

/** What the import's parser reads (readCsvTable's options), header excluded. */
const parsed = (text: string, delimiter = ',') =>
  (
    parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    }) as string[][]
  ).length - 1;

const CASES: [string, string, string][] = [
  ['plain rows', 'a,b\n1,2\n3,4\n', ','],
  ['no line break at the end', 'a,b\n1,2\n3,4', ','],
  ['CRLF and empty lines', 'a;b\r\n1;2\r\n\r\n3;4\r\n\r\n', ';'],
  ['a line break inside a quoted cell', 'a,b\n"x\ny",2\n3,"4\n5\n6"\n', ','],
  ['doubled quotes inside a quoted cell', 'a,b\n"he said ""hi""\nthen left",2\n3,4\n', ','],
  ['a quote inside an unquoted cell (relaxed)', 'a\tb\n5" screen\t2\n7" tablet\t3\n', '\t'],
  ['a line of separators only', 'a,b\n,\n1,2\n', ','],
  ['a header only', 'a,b\n', ','],
];

describe('countCsvRecords', () => {
  for (const [name, text, delimiter] of CASES) {
    it(`counts as the parser reads: ${name}`, async () => {
      expect(await count(text, delimiter)).toBe(parsed(text, delimiter));
    });
  }

  it('reads a doubled quote split over two reads as one quote', async () => {
    // The file is read a megabyte at a time: the `""` straddles the first read's end.
    const head = 'a,b\n"';
    const filler = 'x'.repeat(1024 * 1024 - head.length - 1);
    const text = `${head}${filler}""\nstill the cell",2\n3,4\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(1024 * 1024);
    expect(await count(text)).toBe(2);
    expect(parsed(text)).toBe(2);
  });

  it('counts Windows-1251 bytes as they are', async () => {
    const text = Buffer.from([0xcd, 0xe0, 0xe7, 0xe2, 0x3b, 0x22, 0x0a, 0x22, 0x0a, 0xc0, 0x3b, 0x31, 0x0a]);
    // Header `Назв;"\n"` (a quoted cell with a line break), then one record.
    expect(await count(text, ';')).toBe(1);
  });
});

describe('countCsvRecords across reads', () => {
  /** Rows enough to fill several one-megabyte reads, plain ones first, then quoted ones. */
  const bigText = (lineEnd: string) => {
    const plain = Array.from(
      { length: 60_000 },
      (_, row) => `${row},company name number ${row},${row % 7 === 0 ? '' : 'x'}`,
    );
    const quoted = Array.from({ length: 3_000 }, (_, row) => `"${row}${lineEnd}line",plain,"q""uote"`);
    return ['a,b,c', ...plain, '', ...quoted, ...plain.slice(0, 5_000)].join(lineEnd) + lineEnd;
  };

  for (const [name, lineEnd] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const) {
    it(`counts a file of quote-free and quoted reads as the parser reads it (${name})`, async () => {
      const text = bigText(lineEnd);
      expect(Buffer.byteLength(text)).toBeGreaterThan(2 * 1024 * 1024);
      expect(await count(text)).toBe(parsed(text));
    });
  }

  it('carries a line that a quote-free read leaves open into the next read', async () => {
    // The first read ends mid-line without a quote; the next starts with the rest of that cell.
    const head = 'a,b\n';
    const filler = 'x'.repeat(1024 * 1024 - head.length - 2);
    const text = `${head}1,${filler}tail,"q\nq"\n\n3,4`;
    expect(await count(text)).toBe(parsed(text));
    expect(await count(text)).toBe(2);
  });

  it('opens a quoted cell at the start of a read after a quote-free read ended a cell', async () => {
    const head = 'a,b\n';
    const filler = 'y'.repeat(1024 * 1024 - head.length - 1);
    // The first read's last byte is the separator: the next read's quote opens a cell.
    const text = `${head}${filler},"two\nlines"\n5,6\n`;
    expect(Buffer.byteLength(`${head}${filler},`)).toBe(1024 * 1024);
    expect(await count(text)).toBe(parsed(text));
    expect(await count(text)).toBe(2);
  });
});
