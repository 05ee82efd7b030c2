/**
 * Russian company identifiers (ФНС rules): INN (ИНН) of a legal entity (10 digits) or of an
 * individual / sole trader (12), KPP (КПП, 9 characters), OGRN (ОГРН, 13) and OGRNIP (ОГРНИП, 15).
 * Validators check format and check digits only; they never call a registry.
 */

const INN_10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const INN_12_WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const INN_12_WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;

const digitsOf = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0) - 48);

const weightedCheckDigit = (digits: readonly number[], weights: readonly number[]): number => {
  let sum = 0;
  for (let index = 0; index < weights.length; index += 1) sum += (digits[index] ?? 0) * (weights[index] ?? 0);
  return (sum % 11) % 10;
};

/** `text` (decimal digits) modulo `divisor`, digit by digit: 14-digit numbers stay exact. */
const decimalModulo = (text: string, divisor: number): number => {
  let rest = 0;
  for (const digit of digitsOf(text)) rest = (rest * 10 + digit) % divisor;
  return rest;
};

const isDigits = (text: string, length: number): boolean => text.length === length && /^\d+$/.test(text);

/**
 * Only the check digits decide: the tax service has issued INNs whose first two digits are not a
 * region code (12-digit ones starting with 00 among them), so no prefix is refused. A run of
 * zeros passes the check digits but is a placeholder some exports put in an empty box; it would
 * make every such company a duplicate of every other, so it is refused.
 */
const isPlaceholder = (inn: string): boolean => /^0+$/.test(inn);

/** Appends the check digit(s) to the first 9 (legal entity) or 10 (individual) INN digits. */
export const completeInn = (body: string): string => {
  if (isDigits(body, 9)) return `${body}${weightedCheckDigit(digitsOf(body), INN_10_WEIGHTS)}`;
  if (isDigits(body, 10)) {
    const eleventh = `${body}${weightedCheckDigit(digitsOf(body), INN_12_WEIGHTS_11)}`;
    return `${eleventh}${weightedCheckDigit(digitsOf(eleventh), INN_12_WEIGHTS_12)}`;
  }
  throw new Error('An INN body has 9 (legal entity) or 10 (individual) digits');
};

/** 10 digits: a legal entity; 12: an individual or sole trader. Check digits must match. */
export const validateInn = (value: string): boolean => {
  if (!(isDigits(value, 10) || isDigits(value, 12)) || isPlaceholder(value)) return false;
  return completeInn(value.slice(0, value.length === 10 ? 9 : 10)) === value;
};

/** The kind of taxpayer an INN belongs to, or null when it is not a valid INN. */
export const innKind = (value: string): 'legal_entity' | 'individual' | null => {
  if (!validateInn(value)) return null;
  return value.length === 10 ? 'legal_entity' : 'individual';
};

/**
 * KPP: tax office (4 digits), reason code (2 digits or capital Latin letters since 2019),
 * serial number (3 digits). It has no check digit, so only the format is checked: no list of
 * tax offices or regions is kept to go stale.
 */
export const validateKpp = (value: string): boolean => /^\d{4}[\dA-Z]{2}\d{3}$/.test(value);

/** Appends the check digit to the first 12 OGRN digits (the 12-digit number mod 11, mod 10). */
export const completeOgrn = (body: string): string => {
  if (!isDigits(body, 12)) throw new Error('An OGRN body has 12 digits');
  return `${body}${decimalModulo(body, 11) % 10}`;
};

/** Appends the check digit to the first 14 OGRNIP digits (the 14-digit number mod 13, mod 10). */
export const completeOgrnip = (body: string): string => {
  if (!isDigits(body, 14)) throw new Error('An OGRNIP body has 14 digits');
  return `${body}${decimalModulo(body, 13) % 10}`;
};

/** OGRN of a legal entity: 13 digits starting with 1 or 5, valid check digit. */
export const validateOgrn = (value: string): boolean =>
  isDigits(value, 13) && (value.startsWith('1') || value.startsWith('5')) && completeOgrn(value.slice(0, 12)) === value;

/** OGRNIP of a sole trader: 15 digits starting with 3, valid check digit. */
export const validateOgrnip = (value: string): boolean =>
  isDigits(value, 15) && value.startsWith('3') && completeOgrnip(value.slice(0, 14)) === value;
