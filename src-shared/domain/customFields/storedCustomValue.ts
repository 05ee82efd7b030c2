import type { CustomFieldType } from './customFieldKinds';
import type { CustomValue } from './CustomValue';

/** A value's cells in the typed value table (`custom_values`). */
export type StoredCustomValue = { text_value: string | null; number_value: number | null; currency: string | null };

const EMPTY: StoredCustomValue = { text_value: null, number_value: null, currency: null };

/**
 * Where each type lives: numbers, money (minor units), date-times (epoch ms) and checkboxes
 * (0/1) in `number_value`, so they sort and range-filter as numbers on one index; text-like
 * types, dates (ISO, which sort as text), option and record ids in `text_value`; a multi-select
 * as a JSON array of option ids.
 */
export const toStoredCustomValue = (type: CustomFieldType, value: CustomValue): StoredCustomValue => {
  if (value === null) return EMPTY;
  switch (type) {
    case 'number':
    case 'datetime':
      return { ...EMPTY, number_value: value as number };
    case 'checkbox':
      return { ...EMPTY, number_value: value ? 1 : 0 };
    case 'money': {
      const money = value as { amountMinor: number; currency: string };
      return { text_value: null, number_value: money.amountMinor, currency: money.currency };
    }
    case 'multi_select':
      return { ...EMPTY, text_value: JSON.stringify(value) };
    default:
      return { ...EMPTY, text_value: value as string };
  }
};
