/** E.164 allows at most 15 digits; fewer than 8 is no reachable number with its country code. */
const MIN_DIGITS = 8;
const MAX_DIGITS = 15;
/** What people write between the digits of a number. */
const SEPARATORS = /^[\d\s()+\-./\u2012-\u2015]*$/;
/** An extension ends the number proper: "+7 495 123-45-67 доб. 123". */
const EXTENSION = /\s*(?:доб\.?|вн\.?|ext\.?|extension|x|#).*$/iu;
/** Russian geographic and mobile codes start with 3, 4, 8 or 9. */
const RUSSIAN_TEN_DIGITS = /^[3489]\d{9}$/;

const internationalDigits = (hasPlus: boolean, digits: string): string => {
  if (hasPlus) return digits;
  // 8 (trunk) or 7 (country code) plus ten digits: the way Russians write their numbers.
  if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) return `7${digits.slice(1)}`;
  if (RUSSIAN_TEN_DIGITS.test(digits)) return `7${digits}`;
  // 8‑10 is the Russian international prefix, 00 the European one.
  if (digits.startsWith('810') && digits.length > 11) return digits.slice(3);
  if (digits.startsWith('00')) return digits.slice(2);
  return digits;
};

/**
 * A phone number in the one form used for duplicate matching: `+` and digits. Russian numbers
 * (`8 (916) 123-45-67`, `7916…`, `+7 916…`, `(495) 123-45-67`) become `+7XXXXXXXXXX`; others keep
 * their country code. Null when it cannot be a phone number.
 */
export const normalizePhone = (raw: string): string | null => {
  const text = raw.trim().replace(EXTENSION, '');
  if (!SEPARATORS.test(text)) return null;
  const hasPlus = text.startsWith('+');
  if (text.lastIndexOf('+') > 0) return null;
  const digits = internationalDigits(hasPlus, text.replace(/\D/g, ''));
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS || digits.startsWith('0')) return null;
  if (digits.startsWith('7') && digits.length !== 11) return null; // +7 numbers have ten digits after the code
  return `+${digits}`;
};
