import type { Deal, DealRow } from '@shared/contract/schemas/deals';
import type { Db } from '../../db/Db';
import { selectAll } from '../../db/sql';
import { customValuesOf } from '../customFields/customFields.repo';
import { customRefNamesOf } from '../customFields/customRefNamesOf';

const namesById = (db: Db, table: 'companies' | 'users', ids: readonly (string | null)[]): Map<string, string> => {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  let query = db.q.selectFrom(table).select(['id', 'name']).where('id', 'in', wanted);
  // A deleted company is no longer named (its page is gone); a deactivated owner still owns the deal.
  if (table === 'companies') query = query.where('deleted_at', 'is', null);
  return new Map(selectAll(db, query).map((row) => [row.id, row.name]));
};

/**
 * A page of deals as the table shows them: with the company's and owner's names, read for the
 * page's rows only (one query each), and the names its reference fields point at, rather than joined into the filtered, sorted scan.
 */
export const withRecordNames = (db: Db, page: { rows: Deal[]; total: number }): { rows: DealRow[]; total: number } => {
  const companies = namesById(
    db,
    'companies',
    page.rows.map((deal) => deal.companyId),
  );
  const owners = namesById(
    db,
    'users',
    page.rows.map((deal) => deal.ownerId),
  );
  const customValues = customValuesOf(
    db,
    page.rows.map((deal) => deal.id),
  );
  const refNames = customRefNamesOf(db, customValues);
  return {
    total: page.total,
    rows: page.rows.map((deal) => ({
      ...deal,
      companyName: deal.companyId ? (companies.get(deal.companyId) ?? null) : null,
      ownerName: deal.ownerId ? (owners.get(deal.ownerId) ?? null) : null,
      customValues: customValues.get(deal.id) ?? {},
      customRefNames: refNames.get(deal.id) ?? {},
    })),
  };
};
