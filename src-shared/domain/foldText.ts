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
 * Folds worked out in another thread (an import's reading thread, for the names, titles,
 * industries and regions it read): the writes fold each of them again for their sort and match
 * keys. Bounded: emptied before a batch that would overfill it.
 */
const KNOWN_LIMIT = 8192;
const knownFolds = new Map<string, string>();

/** Takes another thread's folds (`folds[i]` is `foldText(texts[i])`, made by the same code) as this thread's own. */
export const rememberFolds = (texts: readonly string[], folds: readonly string[]): void => {
  if (knownFolds.size + texts.length > KNOWN_LIMIT) knownFolds.clear();
  texts.forEach((text, at) => knownFolds.set(text, folds[at] as string));
};

/** foldText, worked out here. */
const foldNow = (text: string): string =>
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
 * Text as every search and sort compares it: case-insensitive in any script, ё as е (as a
 * Russian dictionary orders them and as people type them), Latin accents dropped (café = cafe),
 * and punctuation as word breaks («Ёлочка», "Ёлочка" and Ёлочка are one word). Cyrillic й keeps
 * its breve: it is a letter of its own. Locale-independent on purpose: the result is stored as a
 * sort key and must be the same on every device.
 *
 * Binary order of folded text is the tables' order: digits, then Latin a–z, then Cyrillic а–я,
 * each alphabetical and case-insensitive (`apple, Banana, ёж, Ёлка, яблоко`).
 */
export const foldText = (text: string): string => knownFolds.get(text) ?? foldNow(text);

/**
 * The words of a search box, folded as `foldText` folds the searched text: a record matches when
 * every word occurs in it (in any order, each as a substring). Repeated words count once.
 */
export const searchWords = (query: string): string[] => [...new Set(foldText(query).split(' ').filter(Boolean))];
