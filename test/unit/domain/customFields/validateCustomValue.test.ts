import { describe, expect, it } from 'vitest';
import type { CustomFieldType } from '../../../../src-shared/domain/customFields/customFieldKinds';
import { CUSTOM_FIELD_TYPES } from '../../../../src-shared/domain/customFields/customFieldKinds';
import { fromStoredCustomValue } from '../../../../src-shared/domain/customFields/fromStoredCustomValue';
import { isCustomValueFilled } from '../../../../src-shared/domain/customFields/isCustomValueFilled';
import { missingRequiredFields } from '../../../../src-shared/domain/customFields/missingRequiredFields';
import { toStoredCustomValue } from '../../../../src-shared/domain/customFields/storedCustomValue';
import { validateCustomValue } from '../../../../src-shared/domain/customFields/validateCustomValue';

const OPTION_A = '01900000-0000-7000-8000-00000000000a';
const OPTION_B = '01900000-0000-7000-8000-00000000000b';
const check = (type: CustomFieldType, raw: unknown) =>
  validateCustomValue({ type, optionIds: [OPTION_A, OPTION_B] }, raw, 'RU');
const value = (type: CustomFieldType, raw: unknown) => {
  const result = check(type, raw);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.value;
};
const reason = (type: CustomFieldType, raw: unknown) => {
  const result = check(type, raw);
  return result.ok ? null : result.reason;
};

/** Per type: accepted input → stored form, and refused input → reason. */
const CASES: Record<CustomFieldType, { good: [unknown, unknown][]; bad: [unknown, string][] }> = {
  text: {
    good: [
      ['  Т-42 ', 'Т-42'],
      ['   ', null],
    ],
    bad: [
      [42, 'value_wrong_type'],
      ['x'.repeat(501), 'text_too_long'],
    ],
  },
  long_text: { good: [['строка\nвторая', 'строка\nвторая']], bad: [['x'.repeat(10_001), 'text_too_long']] },
  number: {
    good: [
      [12.5, 12.5],
      [-3, -3],
      [0, 0],
    ],
    bad: [
      ['12', 'value_wrong_type'],
      [Number.NaN, 'number_invalid'],
      [1e16, 'number_invalid'],
    ],
  },
  money: {
    good: [
      [
        { amountMinor: 150_000_00, currency: 'RUB' },
        { amountMinor: 150_000_00, currency: 'RUB' },
      ],
    ],
    bad: [
      [{ amountMinor: 1.5, currency: 'RUB' }, 'amount_invalid'],
      [{ amountMinor: 100, currency: 'rub' }, 'currency_invalid'],
      [100, 'value_wrong_type'],
    ],
  },
  date: {
    good: [['2026-12-03', '2026-12-03']],
    bad: [
      ['2026-02-30', 'date_invalid'],
      ['03.12.2026', 'date_invalid'],
    ],
  },
  datetime: {
    good: [[Date.UTC(2026, 11, 3, 9), Date.UTC(2026, 11, 3, 9)]],
    bad: [
      [-1, 'date_invalid'],
      [1.5, 'date_invalid'],
      ['2026-12-03', 'value_wrong_type'],
    ],
  },
  single_select: {
    good: [
      [OPTION_A, OPTION_A],
      ['', null],
    ],
    bad: [
      ['01900000-0000-7000-8000-00000000000c', 'option_unknown'],
      [[OPTION_A], 'value_wrong_type'],
    ],
  },
  multi_select: {
    good: [
      [
        [OPTION_B, OPTION_A, OPTION_B],
        [OPTION_B, OPTION_A],
      ],
      [[], null],
    ],
    bad: [
      [[OPTION_A, 'nope'], 'option_unknown'],
      [OPTION_A, 'value_wrong_type'],
    ],
  },
  checkbox: {
    good: [
      [true, true],
      [false, false],
    ],
    bad: [
      ['yes', 'value_wrong_type'],
      [1, 'value_wrong_type'],
    ],
  },
  link: {
    good: [
      ['example.com/price', 'https://example.com/price'],
      ['http://сайт.рф', 'http://сайт.рф'],
    ],
    bad: [
      ['javascript:alert(1)', 'website_invalid'],
      ['not a link', 'website_invalid'],
      ['localhost', 'website_invalid'],
    ],
  },
  phone: { good: [['8 (916) 123-45-67', '+7 916 123 45 67']], bad: [['12', 'phone_invalid']] },
  email: { good: [[' Anna@Example.COM ', 'anna@example.com']], bad: [['anna@', 'email_invalid']] },
  user: { good: [[OPTION_A, OPTION_A]], bad: [['someone', 'value_wrong_type']] },
  company: { good: [[OPTION_B, OPTION_B]], bad: [[5, 'value_wrong_type']] },
  contact: {
    good: [
      [OPTION_A, OPTION_A],
      ['', null],
    ],
    bad: [['x', 'value_wrong_type']],
  },
};

describe('validateCustomValue', () => {
  it.each(CUSTOM_FIELD_TYPES)('%s: accepts and normalises its values, refuses others with a reason', (type) => {
    for (const [raw, stored] of CASES[type].good) expect(value(type, raw), JSON.stringify(raw)).toEqual(stored);
    for (const [raw, why] of CASES[type].bad) expect(reason(type, raw), JSON.stringify(raw)).toBe(why);
    // Empty is a question for the required rule, never for the type's.
    expect(value(type, null)).toBeNull();
  });

  it.each(CUSTOM_FIELD_TYPES)('%s: the stored cells read back as the same value', (type) => {
    for (const [raw] of CASES[type].good) {
      const accepted = value(type, raw);
      expect(fromStoredCustomValue(type, toStoredCustomValue(type, accepted))).toEqual(accepted);
    }
  });

  it('numbers, money, date-times and checkboxes go to number_value; the rest to text_value', () => {
    expect(toStoredCustomValue('money', { amountMinor: 5, currency: 'USD' })).toEqual({
      text_value: null,
      number_value: 5,
      currency: 'USD',
    });
    expect(toStoredCustomValue('checkbox', false).number_value).toBe(0);
    expect(toStoredCustomValue('multi_select', [OPTION_A]).text_value).toBe(JSON.stringify([OPTION_A]));
    expect(toStoredCustomValue('date', '2026-12-03').text_value).toBe('2026-12-03');
  });
});

describe('isCustomValueFilled and missingRequiredFields', () => {
  it('an unticked checkbox, an empty list or text is not filled; zero is', () => {
    expect([false, [], '', null, undefined].map(isCustomValueFilled)).toEqual([false, false, false, false, false]);
    expect([0, true, 'a', [OPTION_A]].map(isCustomValueFilled)).toEqual([true, true, true, true]);
  });

  it('lists empty fields of the stages to clear (always-required first), none for an ungated move', () => {
    const fields = [
      { id: 'late', required: 'stage' as const, requiredStageId: 's2' },
      { id: 'early', required: 'stage' as const, requiredStageId: 's1' },
      { id: 'always', required: 'always' as const, requiredStageId: null },
      { id: 'free', required: 'never' as const, requiredStageId: null },
      { id: 'ahead', required: 'stage' as const, requiredStageId: 's3' },
    ];
    expect(missingRequiredFields(fields, ['s1', 's2'], {}).map((f) => f.id)).toEqual(['always', 'early', 'late']);
    expect(missingRequiredFields(fields, ['s1', 's2'], { early: 'x', always: 1 }).map((f) => f.id)).toEqual(['late']);
    expect(missingRequiredFields(fields, [], {})).toEqual([]);
  });
});
