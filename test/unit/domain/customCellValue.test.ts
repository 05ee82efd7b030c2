import { CUSTOM_FIELD_TYPES } from '@shared/domain/customFields/customFieldKinds';
import { customCellValue } from '@shared/domain/import/customCellValue';
import { IMPORTABLE_CUSTOM_TYPES } from '@shared/domain/import/importableCustomTypes';
import { describe, expect, it } from 'vitest';

const WORKSPACE = { currency: 'RUB', timeZone: 'Europe/Moscow' };
const field = (
  type: Parameters<typeof customCellValue>[0]['type'],
  extra: Partial<Parameters<typeof customCellValue>[0]> = {},
) => ({
  type,
  options: [
    { id: 'o1', label: 'Дилер' },
    { id: 'o2', label: 'Прямой Ёж' },
  ],
  currency: null,
  ...extra,
});

describe('customCellValue', () => {
  it('reads numbers and money as Russian and English files write them', () => {
    expect(customCellValue(field('number'), '1 234,5', WORKSPACE)).toEqual({ ok: true, value: 1234.5 });
    expect(customCellValue(field('number'), '1,234.5', WORKSPACE)).toEqual({ ok: true, value: 1234.5 });
    expect(customCellValue(field('money'), '2 500,50 ₽', WORKSPACE)).toEqual({
      ok: true,
      value: { amountMinor: 250_050, currency: 'RUB' },
    });
    expect(customCellValue(field('money', { currency: 'JPY' }), '1500', WORKSPACE)).toEqual({
      ok: true,
      value: { amountMinor: 1500, currency: 'JPY' },
    });
    expect(customCellValue(field('number'), 'много', WORKSPACE)).toEqual({ ok: false, reason: 'custom_unreadable' });
  });

  it('reads dates, and date-times on the workspace clock', () => {
    expect(customCellValue(field('date'), '05.12.2026', WORKSPACE)).toEqual({ ok: true, value: '2026-12-05' });
    expect(customCellValue(field('date'), '2026-02-30', WORKSPACE)).toEqual({ ok: false, reason: 'custom_unreadable' });
    // 14:30 in Moscow is 11:30 UTC.
    expect(customCellValue(field('datetime'), '05.12.2026 14:30', WORKSPACE)).toEqual({
      ok: true,
      value: Date.UTC(2026, 11, 5, 11, 30),
    });
  });

  it('reads a checkbox as да/нет, yes/no, 1/0 and ticks', () => {
    for (const yes of ['да', 'Yes', 'TRUE', '1', 'x', '✓'])
      expect(customCellValue(field('checkbox'), yes, WORKSPACE)).toEqual({ ok: true, value: true });
    for (const no of ['нет', 'No', 'false', '0', '-'])
      expect(customCellValue(field('checkbox'), no, WORKSPACE)).toEqual({ ok: true, value: false });
    expect(customCellValue(field('checkbox'), 'может быть', WORKSPACE)).toEqual({
      ok: false,
      reason: 'custom_unreadable',
    });
  });

  it('names options by their label, case and ё ignored; a multi-select by several', () => {
    expect(customCellValue(field('single_select'), 'ДИЛЕР', WORKSPACE)).toEqual({ ok: true, value: 'o1' });
    expect(customCellValue(field('multi_select'), 'дилер; прямой еж, Дилер', WORKSPACE)).toEqual({
      ok: true,
      value: ['o1', 'o2'],
    });
    expect(customCellValue(field('multi_select'), 'дилер; оптовик', WORKSPACE)).toEqual({
      ok: false,
      reason: 'custom_option_unknown',
    });
  });

  it('passes text-like values to the field rule and leaves references to records out', () => {
    expect(customCellValue(field('email'), ' A@B.RU ', WORKSPACE)).toEqual({ ok: true, value: ' A@B.RU ' });
    expect(customCellValue(field('company'), 'ООО «Ромашка»', WORKSPACE)).toEqual({
      ok: false,
      reason: 'custom_not_importable',
    });
  });

  it('reads exactly the types the wizard offers as import targets', () => {
    for (const type of CUSTOM_FIELD_TYPES) {
      const read = customCellValue(field(type), '1', WORKSPACE);
      const readable = read.ok || read.reason !== 'custom_not_importable';
      expect(readable, type).toBe(IMPORTABLE_CUSTOM_TYPES.has(type));
    }
  });
});
