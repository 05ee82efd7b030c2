import { parseImportNumber } from '@shared/domain/import/parseImportNumber';
import { describe, expect, it } from 'vitest';

describe('parseImportNumber', () => {
  it.each([
    ['1 234,50', 1234.5],
    ['1\u00a0234,50', 1234.5],
    ['1\u202f234\u202f567,5', 1234567.5],
    ['1 234,50 ₽', 1234.5],
    ['1 234,50 руб.', 1234.5],
    ['1234,5р.', 1234.5],
    ['$1,234.50', 1234.5],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['1.234,56', 1234.56],
    ['0,5', 0.5],
    ['12.75', 12.75],
    ['-15', -15],
    ['−15', -15],
    ['(15)', -15],
    ['+7', 7],
    ['12%', 0.12],
    ['EUR 300', 300],
    ['1054', 1054],
    [' 42 ', 42],
  ])('%j → %d', (raw, expected) => {
    expect(parseImportNumber(raw)).toBeCloseTo(expected, 10);
  });

  it.each([[''], ['abc'], ['1,2,3'], ['12.34.5'], ['1 234,50 и ещё'], ['—'], ['1e5'], ['₽']])(
    '%j is no number',
    (raw) => {
      expect(parseImportNumber(raw)).toBeNull();
    },
  );
});
