import { excelSerialToDate, parseImportDate } from '@shared/domain/import/parseImportDate';
import { describe, expect, it } from 'vitest';

describe('parseImportDate', () => {
  it.each([
    ['31.12.2024', '2024-12-31', null],
    ['01.02.2024', '2024-02-01', null],
    ['1.2.2024', '2024-02-01', null],
    ['01/02/2024', '2024-02-01', null],
    ['31.12.99', '1999-12-31', null],
    ['05.03.24', '2024-03-05', null],
    ['29.02.2024', '2024-02-29', null],
    ['15.03.2024 14:30', '2024-03-15', 870],
    ['2016-10-20', '2016-10-20', null],
    ['2024-03-15T09:05', '2024-03-15', 545],
    ['2024-03-15T09:05:59.123Z', '2024-03-15', 545],
    ['2024-03-15 23:59:00', '2024-03-15', 1439],
    ['45291', '2023-12-31', null],
    ['45291.5', '2023-12-31', 720],
  ])('%j → %s', (raw, date, minutes) => {
    expect(parseImportDate(raw)).toEqual({ date, minutes });
  });

  it.each([
    [''],
    ['31.02.2024'],
    ['29.02.2023'],
    ['13/13/2024'],
    ['2024-13-01'],
    ['завтра'],
    ['2016'],
    ['12'],
    ['25:00 01.01.2024'],
    ['2024-01-01T25:00'],
  ])('%j is no date', (raw) => {
    expect(parseImportDate(raw)).toBeNull();
  });

  it('reads Excel serials from typed cells, 1900 and its missing leap day included', () => {
    expect(excelSerialToDate(1)).toEqual({ date: '1899-12-31', minutes: null });
    expect(excelSerialToDate(61)).toEqual({ date: '1900-03-01', minutes: null });
    expect(excelSerialToDate(43831)).toEqual({ date: '2020-01-01', minutes: null });
    expect(excelSerialToDate(0)).toBeNull();
    expect(excelSerialToDate(3_000_000)).toBeNull();
  });
});
