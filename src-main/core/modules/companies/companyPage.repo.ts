import { sql } from 'kysely';
import type { Db } from '../../db/Db';
import type { DealsTable } from '../../db/schema';
import { selectAll, selectFirst } from '../../db/sql';

/** A company's live deals: open ones first, then the most recently touched. */
export const companyDealRows = (db: Db, companyId: string, limit: number): { rows: DealsTable[]; total: number } => {
  const base = db.q.selectFrom('deals').where('company_id', '=', companyId).where('deleted_at', 'is', null);
  const rows = selectAll(
    db,
    base
      .selectAll()
      .orderBy(sql`status = 'open'`, 'desc')
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .limit(limit),
  );
  const total =
    selectFirst(
      db,
      base.select((eb) => eb.fn.countAll<number>().as('n')),
    )?.n ?? 0;
  return { rows, total };
};

export type StatusTotals = { status: DealsTable['status']; deals: number; value_minor: number };

/** Deals of a company by status; values summed in `currency` only. */
export const companyDealTotals = (db: Db, companyId: string, currency: string): StatusTotals[] =>
  selectAll(
    db,
    db.q
      .selectFrom('deals')
      .select([
        'status',
        (eb) => eb.fn.countAll<number>().as('deals'),
        sql<number>`coalesce(sum(CASE WHEN currency = ${currency} THEN value_minor END), 0)`.as('value_minor'),
      ])
      .where('company_id', '=', companyId)
      .where('deleted_at', 'is', null)
      .groupBy('status'),
  );
