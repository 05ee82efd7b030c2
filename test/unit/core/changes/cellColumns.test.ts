import { describe, expect, it } from 'vitest';
import { packCells } from '../../../../src-main/core/changes/packCells';
import { cellColumns, unpackCells } from '../../../../src-main/core/changes/unpackCells';

const DEAL = '019deb7c-14ec-7085-a7f0-020d26bc86f4';
const POINT = '019dec3f-25c0-7746-88f0-540691883533';

describe('cellColumns', () => {
  it('names the columns of cells of every value kind, in order, as unpackCells reads them', () => {
    const cells = {
      title: 'Сделка',
      company_id: DEAL,
      id: `${DEAL}:${POINT}`,
      value_minor: 0,
      neg: -1,
      max: Number.MAX_SAFE_INTEGER,
      float: 0.1,
      empty: '',
      deleted_at: null,
      // Not a known column: spelt out as text in the cells.
      'not a column': 'x'.repeat(300),
      owner_id: POINT,
    };
    const packed = packCells(cells);
    expect(cellColumns(packed)).toEqual(Object.keys(cells));
    expect(cellColumns(packed)).toEqual(Object.keys(unpackCells(packed)));
  });

  it('refuses cells cut short, like unpackCells', () => {
    const packed = packCells({ title: 'Сделка', owner_id: DEAL });
    expect(() => cellColumns(packed.subarray(0, packed.length - 3))).toThrow(/end early/);
  });
});
