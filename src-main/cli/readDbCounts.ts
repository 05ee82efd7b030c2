import { DEAL_STATUSES, type DealStatus } from '@shared/contract/schemas/deals';
import type { Db } from '../core/db/Db';
import { selectAll, selectFirst } from '../core/db/sql';

export type DbCounts = {
  deals: Record<DealStatus, number> & { total: number };
  companies: number;
  contacts: number;
  activities: number;
  users: number;
  changeLog: number;
};

type LiveTable = 'companies' | 'contacts' | 'activities' | 'users';

/** Rows a user would see: tombstoned (deleted) rows are left out. */
const countLive = (db: Db, table: LiveTable): number =>
  selectFirst(
    db,
    db.q
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('deleted_at', 'is', null),
  )?.n ?? 0;

export const readDbCounts = (db: Db): DbCounts => {
  const byStatus = selectAll(
    db,
    db.q
      .selectFrom('deals')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('deleted_at', 'is', null)
      .groupBy('status'),
  );
  const deals = { open: 0, won: 0, lost: 0, total: 0 };
  for (const row of byStatus) {
    if ((DEAL_STATUSES as readonly string[]).includes(row.status)) deals[row.status as DealStatus] = row.n;
    deals.total += row.n;
  }
  return {
    deals,
    companies: countLive(db, 'companies'),
    contacts: countLive(db, 'contacts'),
    activities: countLive(db, 'activities'),
    users: countLive(db, 'users'),
    changeLog:
      selectFirst(
        db,
        db.q.selectFrom('change_msgs').select((eb) => eb.fn.countAll<number>().as('n')),
      )?.n ?? 0,
  };
};
