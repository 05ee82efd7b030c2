import type { Language } from '@shared/contract/schemas/common';
import { currencyFractionDigits } from '@shared/i18n/formatMoney';

const formatters = new Map<string, Intl.NumberFormat>();

/** Minor units → whole currency units for tables and tiles («4 850 000 ₽»): kopecks are noise there. */
export const formatMoneyWhole = (minor: number, currency: string, language: Language): string => {
  const key = `${language}:${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: 0,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(Math.round(minor / 10 ** currencyFractionDigits(currency)));
};
