import { parse } from 'csv-parse/sync';

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const SAMPLE_RECORDS = 20;

/** How well `delimiter` splits the sample: many columns, the same number in every record. */
const score = (text: string, delimiter: Delimiter): number => {
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      to_line: SAMPLE_RECORDS,
    }) as string[][];
  } catch {
    return 0;
  }
  const first = records[0]?.length ?? 0;
  if (first < 2) return 0;
  const consistent = records.filter((record) => record.length === first).length / records.length;
  return first * consistent;
};

/**
 * The field separator of a CSV sample (`,` `;` or TAB) by parsing it with each: the one that gives
 * the header more than one column and the rows the header's width wins. One column: `,`.
 */
export const detectDelimiter = (text: string): Delimiter => {
  // The last line of a sample may be cut in half; only whole lines are judged.
  const cut = text.lastIndexOf('\n');
  const whole = cut > 0 ? text.slice(0, cut) : text;
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const value = score(whole, delimiter);
    if (value > bestScore) {
      best = delimiter;
      bestScore = value;
    }
  }
  return best;
};
