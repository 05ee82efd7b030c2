import { foldText } from '@shared/domain/foldText';
import { normalizePhone } from '@shared/domain/normalizePhone';
import { phoneSearchTokens } from '@shared/domain/search/phoneSearchTokens';
import { withLikeliestSpellings } from '@shared/domain/search/mixedScriptVariants';
import type { SearchEntity } from './SearchEntity';

/** The indexed columns of one record: its name, its identifiers, and the rest of its searchable text. */
export type SearchDocument = { kind: SearchEntity; name: string; keys: string; extra: string };

/** A record's row as the index reads it: every entity's searched columns (absent ones null). */
export type SearchSourceRow = {
  name: string;
  inn?: string | null;
  kpp?: string | null;
  ogrn?: string | null;
  domain?: string | null;
  email?: string | null;
  phone_normalized?: string | null;
  /** A deal's contact's phone key. */
  contact_phone?: string | null;
  job_title?: string | null;
  /** An activity's text (its notes). */
  body?: string | null;
};

/** A custom text value with its field's type: phone values are keyed like phone columns. */
export type SearchCustomText = { type: string; text: string };

const words = (parts: readonly (string | null | undefined)[]): string =>
  parts
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .map(foldText)
    .filter(Boolean)
    .join(' ');

/** Free text (name, notes, job title) as indexed: folded, a word mixing scripts also in one. */
const text = (parts: readonly (string | null | undefined)[]): string => withLikeliestSpellings(words(parts));

/**
 * What the index holds for a record, folded as searches are (`foldText`: case, ё/е, accents; a
 * word mixing Latin and Cyrillic also spelled in one script, `withLikeliestSpellings`):
 * the name (deal title, activity subject), the keys people look a record up by (INN, KPP, OGRN, e-mail, site,
 * phone digits in the forms `phoneSearchTokens` gives, a deal's contact's phone too) and the rest
 * (job title, an activity's text, custom text).
 */
export const searchDocumentOf = (
  kind: SearchEntity,
  row: SearchSourceRow,
  custom: readonly SearchCustomText[],
): SearchDocument => {
  const customPhones = custom
    .filter((value) => value.type === 'phone')
    .flatMap((value) => phoneSearchTokens(normalizePhone(value.text)));
  return {
    kind,
    name: text([row.name]),
    keys: [
      words([row.inn, row.kpp, row.ogrn, row.email, row.domain]),
      ...phoneSearchTokens(row.phone_normalized ?? null),
      ...phoneSearchTokens(row.contact_phone ?? null),
      ...customPhones,
    ]
      .filter(Boolean)
      .join(' '),
    extra: text([row.job_title, row.body, ...custom.map((value) => value.text)]),
  };
};
