import type { ChangeWriter } from '../../changes/ChangeWriter';
import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';
import { becomeCustomer, type CustomerSink } from './becomeCustomer';

type WinState = { status: string; company_id: string | null; won_at: number | null };

/** What a win is judged by, read for every deal of every write: three columns, not the row. */
const WIN_STATE = 'SELECT status, company_id, won_at FROM deals WHERE id = ? AND deleted_at IS NULL';

/**
 * Called by the one write path before it commits, for every write: each deal the write left won
 * with a company — won now, created won (an import), or moved to another company while won —
 * makes that company a customer. Living here rather than in "win" means every path that reaches
 * a won deal obeys it. An import calls it itself with its journal as the sink, so that undoing the
 * import takes the customers it made away again.
 */
export const makeCustomersOfWins = (db: Db, writer: ChangeWriter, now: number, sink: CustomerSink = writer): void => {
  for (const { id, before } of writer.peekDealChanges()) {
    const deal = prepare(db, WIN_STATE).get(id) as WinState | undefined;
    if (!deal || deal.status !== 'won' || deal.company_id === null) continue;
    const wasWonHere = before !== null && before['status'] === 'won' && before['company_id'] === deal.company_id;
    if (wasWonHere) continue;
    becomeCustomer(db, sink, deal.company_id, deal.won_at ?? now, now);
  }
};
