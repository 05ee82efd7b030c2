import { minorUnitsSchema } from '@shared/contract/schemas/common';
import type { Translate } from '@shared/i18n/Translate';
import { parseMoneyDigits } from './parseMoneyInput';

/** The largest amount the contract accepts, in minor units (read from its schema, not repeated here). */
const MAX_MINOR = BigInt(minorUnitsSchema.maxValue ?? Number.MAX_SAFE_INTEGER);
const MINUS = /^[-\u2212\u2013]/;

/**
 * Why a typed amount is refused, in words that say what to fix: a negative sum, one above the
 * contract's maximum (shown in the currency, e.g. "at most 100 000 000 000 ₽"), or text
 * that is not a number at all. Null when the amount is fine.
 */
export const moneyIssue = (
  text: string,
  fractionDigits: number,
  t: Translate,
  formatMinor: (minor: number) => string,
): string | null => {
  const trimmed = text.trim();
  const unsigned = trimmed.replace(MINUS, '');
  const digits = parseMoneyDigits(unsigned, fractionDigits);
  if (digits === null) return t('issues.money');
  if (unsigned !== trimmed) return t('issues.moneyNegative');
  if (BigInt(digits) > MAX_MINOR) return t('issues.moneyTooBig', { maximum: formatMinor(Number(MAX_MINOR)) });
  return null;
};
