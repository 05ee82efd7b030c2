import type { Language } from '@shared/contract/schemas/common';
import { currencyFractionDigits } from '@shared/i18n/formatMoney';

const formatters = new Map<string, Intl.NumberFormat>();
const digitsByCurrency = new Map<string, number>();

/** Minor units per major unit, asked of Intl once per currency (each question builds a formatter). */
const fractionDigits = (currency: string): number => {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = currencyFractionDigits(currency);
    digitsByCurrency.set(currency, digits);
  }
  return digits;
};

/**
 * Money on the board: whole units («4 850 000 ₽», "₽4,850,000"), as Pipedrive shows it; a column
 * of kopecks is noise at a glance. The drawer shows exact amounts with formatMoney.
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
  return formatter.format(minor / 10 ** fractionDigits(currency));
};
