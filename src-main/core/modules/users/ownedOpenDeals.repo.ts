import type { Db } from '../../db/Db';
import type { DealsTable } from '../../db/schema';
import { selectAll, selectFirst } from '../../db/sql';

/** Live open deals of one owner (index deals_owner); won and lost deals keep their owner for the KPIs. */
const openDealsOf = (db: Db, ownerId: string) =>
  db.q
    .selectFrom('deals')
    .where('owner_id', '=', ownerId)
    .where('status', '=', 'open')
    .where('deleted_at', 'is', null);

/** What deactivating the user would strand. */
export const ownedOpenDeals = (db: Db, ownerId: string): DealsTable[] =>
  selectAll(db, openDealsOf(db, ownerId).selectAll().orderBy('id'));

export const countOwnedOpenDeals = (db: Db, ownerId: string): number =>
  selectFirst(db, openDealsOf(db, ownerId).select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
