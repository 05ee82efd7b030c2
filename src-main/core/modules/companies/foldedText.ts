import { type RawBuilder, sql } from 'kysely';

/**
 * A text column as tables sort and search it: `foldText` (case, ё as е, accents, punctuation),
 * registered in SQLite as `fold_text` when the file is opened. Deals store the same key
 * (`title_key`) for their hot, indexed sort.
 */
export const foldedText = (column: string): RawBuilder<string> => sql<string>`fold_text(${sql.ref(column)})`;
