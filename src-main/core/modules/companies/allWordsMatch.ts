import { type Expression, type SqlBool, sql } from 'kysely';

/**
 * A search box's condition: every word (`searchWords`: folded, so letters and digits only and no
 * LIKE wildcards) occurs in at least one of the record's folded fields, in any order. A box of
 * punctuation alone has no word and matches nothing.
 */
export const allWordsMatch = (
  words: readonly string[],
  fieldsMatching: (pattern: string) => readonly Expression<SqlBool>[],
): Expression<SqlBool> =>
  words.length === 0
    ? sql<SqlBool>`0`
    : sql<SqlBool>`(${sql.join(
        words.map((word) => sql`(${sql.join(fieldsMatching(`%${word}%`), sql` OR `)})`),
        sql` AND `,
      )})`;
