import type { CustomFieldType } from './customFieldKinds';
import type { CustomValue } from './CustomValue';
import type { StoredCustomValue } from './storedCustomValue';

const parseIds = (json: string): string[] => {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
};

/** The contract's form of a stored value (the inverse of `toStoredCustomValue`). */
export const fromStoredCustomValue = (type: CustomFieldType, stored: StoredCustomValue): CustomValue => {
  switch (type) {
    case 'number':
    case 'datetime':
      return stored.number_value;
    case 'checkbox':
      return stored.number_value === null ? null : stored.number_value === 1;
    case 'money':
      return stored.number_value === null || stored.currency === null
        ? null
        : { amountMinor: stored.number_value, currency: stored.currency };
    case 'multi_select':
      return stored.text_value === null ? null : parseIds(stored.text_value);
    default:
      return stored.text_value;
  }
};
