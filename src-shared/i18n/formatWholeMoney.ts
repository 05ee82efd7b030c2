import type { Language } from '../contract/schemas/common';
import { currencyFractionDigits } from './formatMoney';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Money in whole units («4 850 000 ₽», "₽4,850,000") for the board, tables and tiles, as Pipedrive
 * shows it: kopecks are noise at a glance. Forms and the drawer show exact amounts (formatMoney).
 */
export const formatWholeMoney = (minor: number, currency: string, language: Language): string => {
  const key = `${language}:${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(minor / 10 ** currencyFractionDigits(currency));
};
