/**
 * ASCII, basic Cyrillic, guillemets, dashes and curly quotes only: nothing a compatibility
 * decomposition or accent strip would change, so the (costly) Unicode normalisation is skipped
 * for nearly every name and title.
 */
const PLAIN = /^[\t\n\r\u0020-\u007e\u0400-\u045f\u00ab\u00bb\u2010-\u2015\u2018-\u201f]*$/;

/** Whether `text` is PLAIN: already in NFC, and its letters and digits are PLAIN_NON_WORD's complement. */
export const isPlainText = (text: string): boolean => PLAIN.test(text);

/**
 * Runs of what is neither a letter nor a digit (`[^\p{L}\p{N}]+`) in PLAIN text after
 * toLowerCase: every character of U+0400–U+045F is a letter, and ASCII's letters and digits are
 * these. Without Unicode property classes it runs in half the time, on nearly every name.
 */
export const PLAIN_NON_WORD = /[^0-9a-z\u0400-\u045f]+/g;

/**
 * Text as every search and sort compares it: case-insensitive in any script, ё as е (as a
 * Russian dictionary orders them and as people type them), Latin accents dropped (café = cafe),
 * and punctuation as word breaks («Ёлочка», "Ёлочка" and Ёлочка are one word). Cyrillic й keeps
 * its breve: it is a letter of its own. Locale-independent on purpose: the result is stored as a
 * sort key and must be the same on every device.
 *
 * Binary order of folded text is the tables' order: digits, then Latin a–z, then Cyrillic а–я,
 * each alphabetical and case-insensitive (`apple, Banana, ёж, Ёлка, яблоко`).
 */
export const foldText = (text: string): string =>
  PLAIN.test(text)
    ? text.toLowerCase().replaceAll('ё', 'е').replace(PLAIN_NON_WORD, ' ').trim()
    : text
        .normalize('NFKD')
        .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
        .normalize('NFC')
        .toLowerCase()
        .replaceAll('ё', 'е')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();

/**
 * The words of a search box, folded as `foldText` folds the searched text: a record matches when
 * every word occurs in it (in any order, each as a substring). Repeated words count once.
 */
export const searchWords = (query: string): string[] => [...new Set(foldText(query).split(' ').filter(Boolean))];
