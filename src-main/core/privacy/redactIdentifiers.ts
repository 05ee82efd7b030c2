import { ERASED_CONTACT_CELLS } from './erasedCells';

/** Shorter values would redact ordinary words ("Ли" in every "Лидия"). */
const MIN_IDENTIFIER_LENGTH = 3;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Phone numbers are typed in any format: its last ten digits with any separators, any prefix. */
const PHONE_LIKE = /^[\d\s()+\-.]+$/;
const SEPARATORS = '[\\s\\-().]*';

const patternOf = (value: string): string => {
  const digits = value.replace(/\D/g, '');
  if (!PHONE_LIKE.test(value) || digits.length < 7) return escapeRegExp(value);
  return `(?:\\+?\\d{0,3}${SEPARATORS})?${digits.slice(-10).split('').join(SEPARATORS)}`;
};

/**
 * A function that replaces every occurrence (any case) of the person's identifiers in a text with
 * the erased marker; longest first, so "Иван Петров" goes whole before "Иван" could split it.
 * Null when there is nothing to look for.
 */
export const redactIdentifiers = (identifiers: Iterable<string>): ((text: string) => string) | null => {
  const words = [...new Set([...identifiers].map((value) => value.trim()))]
    .filter((value) => value.length >= MIN_IDENTIFIER_LENGTH)
    .sort((a, b) => b.length - a.length);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map(patternOf).join('|'), 'giu');
  const marker = String(ERASED_CONTACT_CELLS.name);
  return (text) => text.replace(pattern, marker);
};
