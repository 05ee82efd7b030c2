import { foldText } from '../foldText';
import { normalizePhone } from '../normalizePhone';
import type { CountryCode } from 'libphonenumber-js/min';
import { mixedScriptVariants } from './mixedScriptVariants';
import { stemSearchWord } from './stemSearchWord';

/** How a search box's text is looked up in the index. */
export type SearchQueryPlan = {
  /** Folded query, what a name "starts with" is compared to. */
  folded: string;
  /** Every group must match (any column): one of its prefixes. */
  prefixes: string[][];
  /** Whole tokens that, found among a record's keys (INN, OGRN, phone digits), rank it first. */
  exactKeys: string[];
};

/** Only digits and what people write numbers with: "+7 (701) 123-45-67", "7701 234 567". */
const NUMBER_LIKE = /^[\d\s()+\-.]+$/u;

/** Fewer characters match nearly everything and help no one. */
export const MIN_SEARCH_LENGTH = 2;

/**
 * Plans a search: words become prefixes (stemmed, so word forms meet), a word mixing Latin and
 * Cyrillic letters a prefix of its one-script spellings too (`mixedScriptVariants`); a number (INN, phone in any
 * format) becomes one prefix of its digits and exact keys for its digits and its E.164 form, read
 * with the workspace's phone country. Null when there is nothing to search for.
 */
export const searchQueryPlan = (query: string, phoneCountry: CountryCode): SearchQueryPlan | null => {
  const folded = foldText(query);
  if (folded.replaceAll(' ', '').length < MIN_SEARCH_LENGTH) return null;
  if (NUMBER_LIKE.test(query.trim())) {
    const digits = query.replace(/\D/gu, '');
    const e164 = normalizePhone(query, phoneCountry);
    const phoneDigits = e164 ? (e164.split(';')[0] ?? '').replace(/\D/gu, '') : null;
    const exactKeys = [...new Set([digits, ...(phoneDigits ? [phoneDigits] : [])])];
    // An INN is its digits; a phone typed with its trunk prefix ("8 701 …") is its E.164 digits.
    return { folded, prefixes: [exactKeys], exactKeys };
  }
  const words = [...new Set(folded.split(' ').filter(Boolean))];
  // A word typed half in Latin, half in Cyrillic matches as typed or spelled in either script.
  const spellings = words.map((word) => [word, ...mixedScriptVariants(word)]);
  const groups = new Map(
    spellings.map((group) => {
      const stems = [...new Set(group.map(stemSearchWord))];
      return [stems.join(' '), stems] as const;
    }),
  );
  return {
    // Names are ranked against the likeliest spelling: «Rомашка» begins «Ромашка».
    folded: spellings.map((group) => group[1] ?? group[0]).join(' '),
    prefixes: [...groups.values()],
    exactKeys: [],
  };
};
