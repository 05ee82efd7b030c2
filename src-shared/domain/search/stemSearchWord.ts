/**
 * Case and number endings of Russian nouns and adjectives, and the commonest English suffixes,
 * longest first. A search word loses one of them and matches as a prefix, so «ромашки»,
 * «ромашкой» and «ромашка» find each other and "contracts" finds "contract".
 */
const ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'иях',
  'ях',
  'ах',
  'ов',
  'ев',
  'ей',
  'ой',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ом',
  'ем',
  'ам',
  'ям',
  'ую',
  'юю',
  'ия',
  'ие',
  'ью',
  'а',
  'я',
  'ы',
  'и',
  'у',
  'ю',
  'е',
  'о',
  'ь',
  'ings',
  'ing',
  'ies',
  'es',
  'ed',
  's',
];

/** Shorter stems match too much: a word keeps at least this many letters. */
const MIN_STEM = 4;

/**
 * The prefix a folded search word is matched by (`foldText` output: lower case, ё as е).
 * Digits and short words stay whole: an INN or a three-letter name is not inflected.
 */
export const stemSearchWord = (word: string): string => {
  if (/\d/u.test(word)) return word;
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
};
