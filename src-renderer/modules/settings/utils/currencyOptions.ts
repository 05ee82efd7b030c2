import type { Language } from '@shared/contract/schemas/common';

/** Currencies a Russian-speaking B2B team most often invoices in. */
const COMMON_CURRENCIES = ['RUB', 'USD', 'EUR', 'CNY', 'KZT', 'BYN', 'UZS', 'AMD', 'AED', 'TRY'];

/**
 * Choices for a currency picker, labelled in the UI language («RUB · российский рубль»); a
 * current value outside the usual list stays selectable.
 */
export const currencyOptions = (current: string, language: Language): { code: string; label: string }[] => {
  const names = new Intl.DisplayNames(language, { type: 'currency' });
  const codes = COMMON_CURRENCIES.includes(current) ? COMMON_CURRENCIES : [current, ...COMMON_CURRENCIES];
  return codes.map((code) => ({ code, label: `${code} · ${names.of(code) ?? code}` }));
};
