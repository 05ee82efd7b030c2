import { type RawBuilder, sql } from 'kysely';

/**
 * A text column as tables sort and search it: case-insensitive in any script (`unicode_lower`),
 * and ё as е, as a Russian dictionary orders them (binary order would put ё after я) and as
 * people type them. Search patterns are folded the same way (`likePattern`).
 */
export const foldedText = (column: string): RawBuilder<string> =>
  sql<string>`replace(unicode_lower(${sql.ref(column)}), 'ё', 'е')`;
