import type { Language } from '../contract/schemas/common';
import { currencyExponent } from '../domain/currencyExponent';
import { currencyFormatter } from './currencyFormatter';

/**
 * Integer minor units + ISO currency → the exact amount in the UI language, everywhere (cards,
 * totals, tables, drawer): «450 000 ₽» for whole amounts, «450 000,50 ₽» when there are kopecks.
 * Never rounded, so a total always equals what its parts add up to.
 */
export const formatMoney = (minor: number, currency: string, language: Language): string => {
  const exponent = currencyExponent(currency);
  const scale = 10 ** exponent;
  const digits = minor % scale === 0 ? 0 : exponent;
  return currencyFormatter(language, currency, { compact: false, minDigits: digits, maxDigits: digits }).format(
    minor / scale,
  );
};
