import { transliterateRu } from '../transliterateRu';

/**
 * Latin letters drawn like a Cyrillic one, lower case as `foldText` leaves them (`p` for `р`,
 * `c` for `с`, and the capitals B, H, M, T, K that fold to `b`, `h`, `m`, `t`, `k`).
 */
const LATIN_LOOKING_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};

/** Latin letters as the Cyrillic letter they sound like («Rомашка»: R for Р). */
const LATIN_SOUNDING_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  c: 'к',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'х',
  y: 'ы',
  z: 'з',
};

/** The Russian layout's letter on each key of the English one («Hомашка»: the key of Р is H). */
const KEY_CYRILLIC: Readonly<Record<string, string>> = Object.fromEntries(
  Array.from('qwertyuiopasdfghjklzxcvbnm', (latin, index) => [latin, 'йцукенгшщзфывапролдячсмить'[index] ?? latin]),
);

/** The English layout's letter on each key of the Russian one. */
const KEY_LATIN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(KEY_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
);

/** The reverse of the look-alikes: a Cyrillic `с` typed into "Cisco" is Latin `c`. */
const CYRILLIC_LOOKING_LATIN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LATIN_LOOKING_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
);

const LATIN = /[a-z]/gu;
const ANY_LATIN = /[a-z]/u;
const ANY_CYRILLIC = /[а-яё]/u;
const CYRILLIC = /[а-яё]/gu;
const ONE_SCRIPT = /^(?:[^а-яё]*|[^a-z]*)$/u;

/** The word with each letter a table knows replaced; the others kept. */
const mapped = (word: string, table: Readonly<Record<string, string>>): string =>
  Array.from(word, (char) => table[char] ?? char).join('');

const count = (word: string, letters: RegExp): number => word.match(letters)?.length ?? 0;

/**
 * A folded word (`foldText`) whose letters mix Latin and Cyrillic, as typed with the keyboard
 * layout switched mid-word («Hомашка», or «Rомашка» for the sound) or pasted with a look-alike
 * letter (a Cyrillic «С» in "Cisco"), spelled in one script each way it could have been meant:
 * the Latin letters as the Cyrillic ones they look like (else sound like), sound like, or share a
 * key with; the Cyrillic letters as the Latin ones they look like (else are transliterated to),
 * are transliterated to, or share a key with. A spelling still in two scripts is dropped; the
 * script most of the word's letters are in comes first, its likeliest reading. A search tries the
 * word as typed and these spellings as alternatives; the index holds a mixed word as written and
 * its likeliest spelling (`withLikeliestSpellings`). A word in one script, or digits, has none.
 */
export const mixedScriptVariants = (word: string): string[] => {
  const latin = count(word, LATIN);
  const cyrillic = count(word, CYRILLIC);
  if (latin === 0 || cyrillic === 0) return [];
  const asCyrillic = [
    mapped(mapped(word, LATIN_LOOKING_CYRILLIC), LATIN_SOUNDING_CYRILLIC),
    mapped(word, LATIN_SOUNDING_CYRILLIC),
    mapped(word, KEY_CYRILLIC),
  ];
  const asLatin = [
    transliterateRu(mapped(word, CYRILLIC_LOOKING_LATIN)),
    transliterateRu(word),
    mapped(word, KEY_LATIN),
  ];
  const candidates = cyrillic >= latin ? [...asCyrillic, ...asLatin] : [...asLatin, ...asCyrillic];
  return [...new Set(candidates.filter((candidate) => ONE_SCRIPT.test(candidate)))];
};

/**
 * Folded text as the search index holds it: each word mixing scripts followed by its likeliest
 * one-script spelling, so a name stored as «Pомашка» (a Latin P) is found by «ромашка» too. Text
 * in one script (nearly all of it) is returned as it is, after two scans.
 */
export const withLikeliestSpellings = (folded: string): string =>
  ANY_LATIN.test(folded) && ANY_CYRILLIC.test(folded)
    ? folded
        .split(' ')
        .flatMap((word) => [word, ...mixedScriptVariants(word).slice(0, 1)])
        .join(' ')
    : folded;
