import { describe, expect, it } from 'vitest';
import type { SqlValue } from '../../../../src-main/core/changes/ChangeWriter';
import { LOG_COLUMNS } from '../../../../src-main/core/changes/LOG_COLUMNS';
import { packCells } from '../../../../src-main/core/changes/packCells';
import { unpackCells } from '../../../../src-main/core/changes/unpackCells';

const DEAL = '019deb7c-14ec-7085-a7f0-020d26bc86f4';

/** A known column's number as packCells writes it (its place in LOG_COLUMNS + 1), one byte for the first 127. */
const number = (column: string): number => LOG_COLUMNS.indexOf(column) + 1;

describe('unpackCells', () => {
  it('builds each sequence of columns as it was packed, sequences sharing a start or not, again and again', () => {
    const messages: Record<string, SqlValue>[] = [
      { title: 'Сделка', company_id: DEAL, value_minor: 12, deleted_at: null },
      { title: 'Другая', company_id: null },
      { title: 'Третья', company_id: DEAL, value_minor: -1.5, deleted_at: 7 },
      { company_id: DEAL, title: 'Порядок другой' },
      {},
      { title: 'Сделка', company_id: DEAL, value_minor: 12, deleted_at: null, 'not a column': 'x' },
    ];
    for (let round = 0; round < 3; round += 1) {
      for (const cells of messages) {
        const back = unpackCells(packCells(cells));
        expect(back).toEqual(cells);
        expect(Object.keys(back)).toEqual(Object.keys(cells));
      }
    }
  });

  it('keeps a repeated column’s last value at its first place, as an object built key by key does', () => {
    const title = number('title');
    const owner = number('owner_id');
    const bytes = Buffer.from([1, title, 3, 1, 0x61, owner, 0, title, 3, 1, 0x62]);
    const byShape = unpackCells(bytes);
    // The same list as another array: unpacked key by key.
    const byKey = unpackCells(bytes, [...LOG_COLUMNS]);
    expect(byShape).toEqual({ title: 'b', owner_id: null });
    expect(Object.keys(byShape)).toEqual(['title', 'owner_id']);
    expect(byKey).toEqual(byShape);
    expect(Object.keys(byKey)).toEqual(Object.keys(byShape));
  });

  it('keeps a column named __proto__ as a cell, never the prototype', () => {
    const cells = unpackCells(packCells(JSON.parse('{"__proto__": "x", "title": "t"}') as Record<string, string>));
    expect(Object.getPrototypeOf(cells)).toBe(Object.prototype);
    expect(Object.keys(cells)).toEqual(['__proto__', 'title']);
    const numbered = unpackCells(Buffer.from([1, 1, 0]), ['__proto__']);
    expect(Object.getPrototypeOf(numbered)).toBe(Object.prototype);
    expect(Object.keys(numbered)).toEqual(['__proto__']);
  });
});
