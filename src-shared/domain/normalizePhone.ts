import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/min';

/** Where a number written without a country code is taken to be, until a workspace says otherwise. */
export const DEFAULT_PHONE_COUNTRY: CountryCode = 'RU';

/** Words libphonenumber does not know for an extension: Russian "вн." (внутренний) means "доб.". */
const INTERNAL_EXTENSION = /(^|[\s,;])вн\.?\s*/iu;
/** "00" is the international prefix of most of the world; libphonenumber only reads it for some countries. */
const DOUBLE_ZERO = /^\s*00\s*/u;

const parseText = (raw: string, country: CountryCode): PhoneNumber | null => {
  const text = raw.trim().replace(DOUBLE_ZERO, '+').replace(INTERNAL_EXTENSION, '$1доб. ');
  if (text === '' || text.lastIndexOf('+') > 0) return null;
  const number = parsePhoneNumberFromString(text, country);
  return number?.isValid() ? number : null;
};

/**
 * Numbers read lately, by country and text: an import reads each phone several times (its cell,
 * its duplicate key, the stored key derived from it) and libphonenumber's parse is most of a
 * row's cost. Bounded (emptied when full), so a million-row file keeps a few thousand entries.
 */
const MEMO_LIMIT = 4096;
const memo = new Map<string, PhoneNumber | null>();

const remember = (key: string, number: PhoneNumber | null): void => {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, number);
};

/** A number written with its "+" reads the same whatever the default country: one memo entry. */
const memoKey = (raw: string, country: CountryCode): string => (raw.startsWith('+') ? raw : `${country}\u0000${raw}`);

const parse = (raw: string, country: CountryCode): PhoneNumber | null => {
  const key = memoKey(raw, country);
  const known = memo.get(key);
  if (known !== undefined) return known;
  const number = parseText(raw, country);
  remember(key, number);
  return number;
};

/**
 * Keys of numbers written with their "+" (a key no default country changes), as worked out here
 * or by another thread (`rememberPhoneKeys`): read per row again, without libphonenumber's URI.
 */
const keys = new Map<string, string | null>();

const rememberKey = (raw: string, key: string | null): void => {
  if (keys.size >= MEMO_LIMIT) keys.clear();
  keys.set(raw, key);
};

/**
 * The one key a phone number is matched and searched by: E.164 with its extension, as a tel URI
 * without the scheme (`+79161234567`, `+74951234567;ext=12`), whatever spacing, brackets, trunk
 * prefix ("8", "(0)") or extension word it was written with. Numbers without a country code are
 * read as `country`'s. Null when libphonenumber does not take it for a valid number.
 */
export const normalizePhone = (raw: string, country: CountryCode = DEFAULT_PHONE_COUNTRY): string | null => {
  const international = raw.startsWith('+');
  const known = international ? keys.get(raw) : undefined;
  if (known !== undefined) return known;
  const number = parse(raw, country);
  const key = number === null ? null : number.getURI().replace(/^tel:/u, '');
  if (international) rememberKey(raw, key);
  return key;
};

/**
 * Keys normalizePhone worked out in another thread (an import's reading thread, for the numbers
 * it formatted and this thread writes), taken as this thread's own: one parse per number, not two.
 */
export const rememberPhoneKeys = (raws: readonly string[], keys: readonly (string | null)[]): void => {
  raws.forEach((raw, at) => {
    if (raw.startsWith('+')) rememberKey(raw, keys[at] ?? null);
  });
};

/** The international form of each number the memo holds, formatted once (most of a repeated number's cost). */
const internationalForms = new WeakMap<PhoneNumber, string>();

/**
 * How a valid number is stored and shown: international format with its extension
 * (`+7 701 234 5678`, `+7 495 123 45 67 ext. 12`), so a record reads the same whoever typed it.
 * Null when it is not a valid number.
 */
export const formatPhone = (raw: string, country: CountryCode = DEFAULT_PHONE_COUNTRY): string | null => {
  const number = parse(raw, country);
  if (number === null) return null;
  let formatted = internationalForms.get(number);
  if (formatted === undefined) {
    formatted = number.formatInternational();
    internationalForms.set(number, formatted);
  }
  // The stored form is read again for its key (normalizePhone): it is this same number.
  if (!memo.has(formatted)) remember(formatted, number);
  return formatted;
};
