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

/** How many minor units make one major unit of a currency (RUB 2 digits, JPY 0), per Intl. */
export const currencyFractionDigits = (currency: string): number =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** Integer minor units + ISO currency → text in the UI language (e.g. «1 500,50 ₽», "₽1,500.50"). */
export const formatMoney = (minor: number, currency: string, language: Language): string =>
  formatterFor(language, currency).format(minor / 10 ** currencyFractionDigits(currency));
