import { searchWords } from '@shared/domain/foldText';
import { type Expression, type SqlBool, sql } from 'kysely';
import { allWordsMatch } from '../companies/allWordsMatch';

/**
 * A deal search (board and deals table alike): every word of the box, folded, in the title, the
 * company's name or the contact's name (their stored folded keys), in any order — "Интеграция
 * 1С" finds "Интеграция с 1С". Companies and contacts are uncorrelated subqueries: each runs once
 * per word, not once per deal, and read the small name-key indexes (SQLite would scan the wide
 * rows: 38 ms against 2.5 ms for 18,000 contacts). `deal` is the deals table's alias in the query.
 */
export const dealSearchCondition = (search: string, deal: string): Expression<SqlBool> =>
  allWordsMatch(searchWords(search), (pattern) => [
    sql<SqlBool>`${sql.ref(`${deal}.title_key`)} LIKE ${pattern}`,
    sql<SqlBool>`${sql.ref(`${deal}.company_id`)} IN (SELECT co.id FROM companies co INDEXED BY companies_sort_key
      WHERE co.deleted_at IS NULL AND co.sort_key LIKE ${pattern})`,
    sql<SqlBool>`${sql.ref(`${deal}.contact_id`)} IN (SELECT ct.id FROM contacts ct INDEXED BY contacts_sort_key
      WHERE ct.deleted_at IS NULL AND ct.sort_key LIKE ${pattern})`,
  ]);
