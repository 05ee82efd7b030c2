import { type Expression, type SqlBool, sql } from 'kysely';
import type { Db } from '../../db/Db';
import type { ActivitiesTable, ChangeLogTable, DealsTable } from '../../db/schema';
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

/** Every change-log message of the company row, in causal order. */
export const companyChangeMessages = (db: Db, companyId: string): ChangeLogTable[] =>
  selectAll(
    db,
    db.q
      .selectFrom('change_log')
      .selectAll()
      .where('tbl', '=', 'companies')
      .where('row_id', '=', companyId)
      .orderBy('hlc'),
  );

/** Activities about the company itself, its live contacts or its live deals (each indexed). */
const companyActivityCondition = (companyId: string): Expression<SqlBool> => sql<SqlBool>`(
  a.company_id = ${companyId}
  OR a.deal_id IN (SELECT id FROM deals WHERE company_id = ${companyId} AND deleted_at IS NULL)
  OR a.contact_id IN (SELECT id FROM contacts WHERE company_id = ${companyId} AND deleted_at IS NULL)
)`;

const companyActivities = (db: Db, companyId: string) =>
  db.q.selectFrom('activities as a').where('a.deleted_at', 'is', null).where(companyActivityCondition(companyId));

export type TimelineActivityRow = ActivitiesTable & { at: number };

/** The newest `limit` activities: done ones at their done time, others when logged. */
export const latestCompanyActivities = (db: Db, companyId: string, limit: number): TimelineActivityRow[] =>
  selectAll(
    db,
    companyActivities(db, companyId)
      .selectAll('a')
      .select(sql<number>`coalesce(a.done_at, a.created_at)`.as('at'))
      .orderBy('at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(limit),
  );

export const countCompanyActivities = (db: Db, companyId: string): number =>
  selectFirst(
    db,
    companyActivities(db, companyId).select((eb) => eb.fn.countAll<number>().as('n')),
  )?.n ?? 0;
