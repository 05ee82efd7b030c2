import { isPlainText, PLAIN_NON_WORD } from './foldText';

/**
 * Legal-form words that do not tell two companies apart: «ООО "Ромашка"» and «Ромашка, ООО» and
 * «Romashka LLC» vs «Romashka Ltd» are one firm for a duplicate warning.
 */
const LEGAL_FORM_PHRASES = [
  'общество с ограниченной ответственностью',
  'публичное акционерное общество',
  'непубличное акционерное общество',
  'закрытое акционерное общество',
  'открытое акционерное общество',
  'акционерное общество',
  'индивидуальный предприниматель',
  'автономная некоммерческая организация',
  'некоммерческая организация',
  'limited liability company',
];
const LEGAL_FORM_WORDS = new Set([
  'ооо',
  'оао',
  'зао',
  'пао',
  'нао',
  'ао',
  'ип',
  'ано',
  'нко',
  'фгуп',
  'гуп',
  'муп',
  'тоо',
  'одо',
  'чуп',
  'llc',
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'sa',
  'plc',
  'llp',
  'jsc',
  'pjsc',
  'ojsc',
  'cjsc',
  'bv',
  'oy',
  'ab',
  'spa',
  'srl',
]);

/**
 * Keys worked out in another thread (an import's reading thread, for the company names it read):
 * the writes key each name again for its duplicate lookups and stored key. Bounded as foldText's.
 */
const KNOWN_LIMIT = 4096;
const knownNameKeys = new Map<string, string>();

/** Takes another thread's keys (`keys[i]` is `companyNameKey(names[i])`, made by the same code) as this thread's own. */
export const rememberNameKeys = (names: readonly string[], keys: readonly string[]): void => {
  if (knownNameKeys.size + names.length > KNOWN_LIMIT) knownNameKeys.clear();
  names.forEach((name, at) => knownNameKeys.set(name, keys[at] as string));
};

/** companyNameKey, worked out here. */
const nameKeyNow = (name: string): string => {
  // Most names are plain text (foldText's PLAIN): in NFC already, their word breaks found faster.
  const plain = isPlainText(name);
  let text = (plain ? name : name.normalize('NFC')).toLowerCase().replaceAll('ё', 'е');
  // Looked for before replacing: most names hold none, and a search costs less than a new string.
  for (const phrase of LEGAL_FORM_PHRASES) if (text.includes(phrase)) text = text.replaceAll(phrase, ' ');
  return text
    .split(plain ? PLAIN_NON_WORD : /[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !LEGAL_FORM_WORDS.has(word))
    .join(' ');
};

/**
 * The part of a company name that identifies it: lower case, ё as е, no quotes, punctuation or
 * legal form. Empty when nothing distinctive is left (then it matches nothing).
 */
export const companyNameKey = (name: string): string => knownNameKeys.get(name) ?? nameKeyNow(name);
