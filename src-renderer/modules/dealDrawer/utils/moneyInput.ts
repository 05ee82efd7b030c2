import type { Language } from '@shared/contract/schemas/common';
import { currencyExponent } from '@shared/domain/currencyExponent';

/** Minor units → the text an amount box starts with («1500,5» in Russian, "1500.5" in English). */
export const toMoneyInput = (minor: number, currency: string, language: Language): string => {
  const digits = currencyExponent(currency);
  return new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: digits }).format(
    minor / 10 ** digits,
  );
};
