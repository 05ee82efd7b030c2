import { describe, expect, it } from 'vitest';
import { placeGroupRows, type PlacedGroup } from '../../../src-renderer/modules/deals/utils/placeGroupRows';

const group = (key: string, count: number, folded = false): PlacedGroup => ({ key, count, folded });

/** `index:key` (`+` continued), then `end:key`. */
const layout = (groups: PlacedGroup[], pageStart: number, pageRows: number) => {
  const { before, after } = placeGroupRows(groups, pageStart, pageRows);
  return [
    ...[...before].flatMap(([index, headers]) =>
      headers.map((header) => `${index}:${header.group.key}${header.continued ? '+' : ''}`),
    ),
    ...after.map((header) => `end:${header.group.key}`),
  ];
};

describe('placeGroupRows', () => {
  const groups = [group('a', 3), group('b', 2, true), group('c', 4), group('d', 1, true)];

  it("puts each header before its group's first row, a folded one where its rows would be", () => {
    // Shown rows: a a a c c c c (7); b folds at offset 3, d at offset 7 (after every row).
    expect(layout(groups, 0, 25)).toEqual(['0:a', '3:b', '3:c', 'end:d']);
  });

  it('repeats the header of a group continued from the page before, and keeps later ones off', () => {
    expect(layout(groups, 0, 2)).toEqual(['0:a']);
    expect(layout(groups, 2, 2)).toEqual(['0:a+', '1:b', '1:c']);
    expect(layout(groups, 4, 2)).toEqual(['0:c+']);
    expect(layout(groups, 6, 2)).toEqual(['0:c+', 'end:d']);
  });

  it('lists every folded group when all are folded', () => {
    expect(layout([group('a', 3, true), group('b', 2, true)], 0, 0)).toEqual(['end:a', 'end:b']);
  });
});
