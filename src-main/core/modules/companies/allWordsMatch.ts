import { mixedScriptVariants } from '@shared/domain/search/mixedScriptVariants';
import { type Expression, type SqlBool, sql } from 'kysely';

/**
 * A search box's condition: every word (`searchWords`: folded, so letters and digits only and no
 * LIKE wildcards) occurs in at least one of the record's folded fields, in any order. A box of
 * punctuation alone has no word and matches nothing. A word typed half in Latin, half in Cyrillic (the
 * keyboard switched mid-word: «Rомашка») also matches as its one-script spellings, as Ctrl+K does.
 */
export const allWordsMatch = (
  words: readonly string[],
  fieldsMatching: (pattern: string) => readonly Expression<SqlBool>[],
): Expression<SqlBool> =>
  words.length === 0
    ? sql<SqlBool>`0`
    : sql<SqlBool>`(${sql.join(
        words.map(
          (word) =>
            sql`(${sql.join(
              [word, ...mixedScriptVariants(word)].flatMap((spelling) => fieldsMatching(`%${spelling}%`)),
              sql` OR `,
            )})`,
        ),
        sql` AND `,
      )})`;
