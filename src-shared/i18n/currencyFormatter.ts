import type { Language } from '../contract/schemas/common';

export type CurrencyStyle = { compact: boolean; minDigits: number; maxDigits: number };

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * One cached Intl formatter per language, currency and style: building one costs far more than
 * formatting, and a board or a report formats thousands of amounts.
 */
export const currencyFormatter = (language: Language, currency: string, style: CurrencyStyle): Intl.NumberFormat => {
  const key = `${language}:${currency}:${style.compact ? 'c' : 'x'}:${style.minDigits}:${style.maxDigits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      ...(style.compact ? { notation: 'compact' as const } : {}),
      minimumFractionDigits: style.minDigits,
      maximumFractionDigits: style.maxDigits,
    });
    formatters.set(key, formatter);
  }
  return formatter;
};
