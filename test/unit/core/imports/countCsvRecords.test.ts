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
