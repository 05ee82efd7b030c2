import type { Language } from '../contract/schemas/common';

const formatters = new Map<string, Intl.NumberFormat>();

const formatterFor = (language: Language, currency: string): Intl.NumberFormat => {
  const key = `${language}:${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' });
    formatters.set(key, formatter);
  }
  return formatter;
};

const digitsByCurrency = new Map<string, number>();

/**
 * How many minor units make one major unit of a currency (RUB 2 digits, JPY 0), per Intl; asked
 * once per currency, since each question builds a formatter and a board asks per card.
 */
export const currencyFractionDigits = (currency: string): number => {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
};

/** Integer minor units + ISO currency → text in the UI language (e.g. «1 500,50 ₽», "₽1,500.50"). */
export const formatMoney = (minor: number, currency: string, language: Language): string =>
  formatterFor(language, currency).format(minor / 10 ** currencyFractionDigits(currency));
