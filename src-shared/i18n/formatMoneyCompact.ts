import type { Language } from '../contract/schemas/common';
import { currencyExponent } from '../domain/currencyExponent';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Integer minor units → a short amount for tight places (chart labels): «53,3 млн ₽», «1,3M $».
 * Rounded, so never used where figures must add up; formatMoney is the exact one.
 */
export const formatMoneyCompact = (minor: number, currency: string, language: Language): string => {
  const key = `${language}:${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(minor / 10 ** currencyExponent(currency));
};
