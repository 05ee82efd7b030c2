import type { Placed } from '@shared/domain/listPlacement';
import type { Db } from '../../db/Db';
import { selectAll, selectFirst } from '../../db/sql';

/** The open, live cards of one column: what the board shows and what positions order. */
const column = (db: Db, stageId: string) =>
  db.q.selectFrom('deals').where('stage_id', '=', stageId).where('status', '=', 'open').where('deleted_at', 'is', null);

export const countOpenDeals = (db: Db, stageId: string): number =>
  selectFirst(
    db,
    column(db, stageId).select((eb) => eb.fn.countAll<number>().as('n')),
  )?.n ?? 0;

export type ColumnDealRow = {
  id: string;
  position: string;
  stage_id: string;
  pipeline_id: string;
  stage_entered_at: number;
};

export const openDealsInColumn = (db: Db, stageId: string): ColumnDealRow[] =>
  selectAll(
    db,
    column(db, stageId)
      .select(['id', 'position', 'stage_id', 'pipeline_id', 'stage_entered_at'])
      .orderBy('position')
      .orderBy('id'),
  );

export const columnPositions = (db: Db, stageId: string): Placed[] =>
  selectAll(db, column(db, stageId).select(['id', 'position']));

export const cardInColumn = (db: Db, stageId: string, id: string): Placed | undefined =>
  selectFirst(db, column(db, stageId).select(['id', 'position']).where('id', '=', id));

/** The card right after `anchor` in (position, id) order, leaving out the one being moved. */
export const nextCard = (db: Db, stageId: string, anchor: Placed, excludeId: string): Placed | undefined =>
  selectFirst(
    db,
    column(db, stageId)
      .select(['id', 'position'])
      .where('id', '!=', excludeId)
      .where((eb) =>
        eb.or([
          eb('position', '>', anchor.position),
          eb.and([eb('position', '=', anchor.position), eb('id', '>', anchor.id)]),
        ]),
      )
      .orderBy('position')
      .orderBy('id')
      .limit(1),
  );

/** The card right before `anchor` (or the column's last card when `anchor` is null). */
export const previousCard = (db: Db, stageId: string, anchor: Placed | null, excludeId: string): Placed | undefined => {
  let query = column(db, stageId).select(['id', 'position']).where('id', '!=', excludeId);
  if (anchor) {
    query = query.where((eb) =>
      eb.or([
        eb('position', '<', anchor.position),
        eb.and([eb('position', '=', anchor.position), eb('id', '<', anchor.id)]),
      ]),
    );
  }
  return selectFirst(db, query.orderBy('position', 'desc').orderBy('id', 'desc').limit(1));
};

/** The first card's key of a column (to put a card above it), or null for an empty column. */
export const firstCardPosition = (db: Db, stageId: string): string | null =>
  selectFirst(db, column(db, stageId).select('position').orderBy('position').orderBy('id').limit(1))?.position ?? null;

/** The last card's key of a column (to append after it), or null for an empty column. */
export const lastCardPosition = (db: Db, stageId: string): string | null =>
  selectFirst(db, column(db, stageId).select('position').orderBy('position', 'desc').orderBy('id', 'desc').limit(1))
    ?.position ?? null;
