import type { Language } from '../contract/schemas/common';
import { currencyExponent } from '../domain/currencyExponent';
import { currencyFormatter } from './currencyFormatter';

/**
 * Integer minor units → a short amount for tight places (chart labels): «53,3 млн ₽», «1,3M $».
 * Rounded, so never used where figures must add up; formatMoney is the exact one.
 */
export const formatMoneyCompact = (minor: number, currency: string, language: Language): string =>
  currencyFormatter(language, currency, { compact: true, minDigits: 0, maxDigits: 1 }).format(
    minor / 10 ** currencyExponent(currency),
  );
