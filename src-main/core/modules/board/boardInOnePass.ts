import type { HeaderRow } from './board.repo';

/** What the one pass reads of each filtered open deal: enough for the headers and the columns' order. */
export type BoardDealKey = { id: string; stage_id: string; position: string; currency: string; value_minor: number };

/**
 * SQLite's BINARY order of two texts (memcmp of their UTF-8 bytes, i.e. code point order), which is
 * the order of the deals_board index. JavaScript's `<` compares UTF-16 units, and differs from it
 * only where a character above U+FFFF meets one in U+E000–U+FFFF: such units are mapped to code
 * point order at the first difference. Positions and ids are ASCII, so this is exact and cheap.
 */
export const compareBinary = (a: string, b: string): number => {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
};

/** A UTF-16 unit's rank in code point order: surrogates (characters above U+FFFF) after the BMP. */
const codePointRank = (unit: number): number => (unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit);

/** The board's card order: (position, id), as `ORDER BY d.position, d.id` reads the index. */
const cardOrder = (a: BoardDealKey, b: BoardDealKey): number =>
  compareBinary(a.position, b.position) || compareBinary(a.id, b.id);

/**
 * Headers and each column's first cards from one read of the filtered open deals (the segment
 * board, issue 7): per (stage, currency) the count and the sum, as the grouped header query gives
 * them, and per stage the ids of the first `limit` deals in card order, as each column's LIMIT
 * query would. A column keeps only its best `limit` keys while the rows stream past, so a pass over
 * tens of thousands of deals sorts nothing but twenty per column.
 */
export const boardInOnePass = (
  rows: readonly BoardDealKey[],
  limit: number,
): { headerRows: HeaderRow[]; firstIds: Map<string, string[]> } => {
  const headers = new Map<string, HeaderRow>();
  const firsts = new Map<string, BoardDealKey[]>();
  for (const row of rows) {
    const key = `${row.stage_id}\u0000${row.currency}`;
    const header = headers.get(key);
    if (header) {
      header.n += 1;
      header.sum += row.value_minor;
    } else {
      headers.set(key, { stage_id: row.stage_id, currency: row.currency, n: 1, sum: row.value_minor });
    }
    if (limit > 0) keepFirst(firsts, row, limit);
  }
  return {
    headerRows: [...headers.values()],
    firstIds: new Map([...firsts].map(([stageId, kept]) => [stageId, kept.map((row) => row.id)])),
  };
};

/** Inserts the row into its stage's sorted list of at most `limit` first keys, if it belongs there. */
const keepFirst = (firsts: Map<string, BoardDealKey[]>, row: BoardDealKey, limit: number): void => {
  let kept = firsts.get(row.stage_id);
  if (!kept) {
    kept = [];
    firsts.set(row.stage_id, kept);
  }
  const last = kept.at(-1);
  if (kept.length === limit && last && cardOrder(row, last) >= 0) return;
  let at = kept.length;
  while (at > 0 && cardOrder(row, kept[at - 1] as BoardDealKey) < 0) at -= 1;
  kept.splice(at, 0, row);
  if (kept.length > limit) kept.pop();
};
