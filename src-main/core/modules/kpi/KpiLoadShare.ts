import type { KpiTransition } from '@shared/domain/kpi/KpiInput';
import type { KpiDealIds } from './kpi.repo';
import type { KpiDealRow, KpiWinRow } from './kpiDealRows.repo';

type TransitionsRead = { asOf: number; named: ReadonlySet<string>; byDeal: ReadonlyMap<string, KpiTransition[]> };

type RowsRead<Row> = { asOf: number; filters: string; rows: Row[] };

/**
 * Rows read as of `asOf`; `upTo` bounds a read to what a later lender's read left out (null: no
 * bound), and the deals `except` names are left out too (the lender has their rows).
 */
type RowsReader<Row> = (asOf: number, upTo: number | null, except: ReadonlySet<string>) => Row[];

const NONE: ReadonlySet<string> = new Set();

/**
 * What one load read, lent to the loads that follow it as of an earlier time with the same
 * filters: the weekly report loads its week and then the week before; the analytics page its
 * trend and then the previous period. A load given no share starts its own, so it reads all.
 * - Transitions: the earlier load's deals are mostly the later one's (a deal active in the earlier
 *   week and written since is named by both), and up to an earlier time a deal's transitions are
 *   the head of its list, so only the deals the lender did not name are read.
 * - The open and won deals untouched since the lender's as-of time: a row untouched since the
 *   earlier time stood then as it stands now, so those are the lender's rows written (and created)
 *   by the earlier time, taken without reading them again.
 * - The deals written since: those written after the lender's later as-of time are among its
 *   rows (as they are now, before any rewind), so only the ones written between the two times are read;
 *   of those, the deals active in the lender's window (read by the lender as untouched since its
 *   as-of time, with no filter) are its rows too: the weekly report's previous week reads only the
 *   deals written in the week after it without a transition there (edits, deletions).
 * - The deals with a rewound column written since: the lender's, and those of the messages
 *   written between the two times.
 */
export class KpiLoadShare {
  #transitions: TransitionsRead | null = null;
  #open: RowsRead<KpiDealRow> | null = null;
  #wins: RowsRead<KpiWinRow> | null = null;
  #changed: RowsRead<KpiDealRow> | null = null;
  #active: RowsRead<KpiDealRow> | null = null;
  #rewound: { asOf: number; touched: ReadonlySet<string> } | null = null;

  /** Transitions up to `asOf` of the deals named, per deal in time order. */
  transitions(
    deals: KpiDealIds,
    asOf: number,
    idsOf: (ids: Iterable<string>) => KpiDealIds,
    read: (deals: KpiDealIds) => Map<string, KpiTransition[]>,
  ): ReadonlyMap<string, KpiTransition[]> {
    const lent = this.#transitions;
    if (!lent || lent.asOf < asOf) {
      const byDeal = read(deals);
      this.#transitions = { asOf, named: deals.ids, byDeal };
      return byDeal;
    }
    const byDeal = read(idsOf([...deals.ids].filter((id) => !lent.named.has(id))));
    for (const id of deals.ids) {
      const list = lent.byDeal.get(id);
      if (!list) continue;
      // In time order: the head up to the earlier as-of time is what a read as of then returns.
      const end = list.findIndex((transition) => transition.at > asOf);
      const head = end === -1 ? list : list.slice(0, end);
      if (head.length > 0) byDeal.set(id, head);
    }
    return byDeal;
  }

  /** The open deals written and created by `asOf` (`filters`: the load's, as a key). */
  untouchedOpen(asOf: number, filters: string, read: () => KpiDealRow[]): KpiDealRow[] {
    const { rows, lend } = untouchedRows(this.#open, asOf, filters, read);
    if (lend) this.#open = lend;
    return rows;
  }

  /** The won deals (with a company) written and created by `asOf`. */
  untouchedWins(asOf: number, filters: string, read: () => KpiWinRow[]): KpiWinRow[] {
    const { rows, lend } = untouchedRows(this.#wins, asOf, filters, read);
    if (lend) this.#wins = lend;
    return rows;
  }

  /** The deals written after `asOf` and created by then, as they are now. */
  changedRows(asOf: number, filters: string, read: RowsReader<KpiDealRow>): KpiDealRow[] {
    const lent = this.#changed;
    if (lent && lent.filters === filters && lent.asOf >= asOf) {
      const active = this.#active;
      const written =
        active && active.asOf === lent.asOf && active.filters === filters
          ? active.rows.filter((row) => row.updated_at > asOf && row.created_at <= asOf)
          : [];
      return [
        ...lent.rows.filter((row) => row.created_at <= asOf),
        ...written,
        ...read(asOf, lent.asOf, new Set(written.map((row) => row.id))),
      ];
    }
    const rows = read(asOf, null, NONE);
    this.#changed = { asOf, filters, rows };
    return rows;
  }

  /**
   * The untouched deals active in the window of the load that lent its written deals (read as of
   * `asOf` with no filter: a later borrower takes those written after its own as-of time from them).
   */
  lendActive(asOf: number, filters: string, rows: KpiDealRow[]): void {
    if (this.#changed?.asOf === asOf && this.#changed.filters === filters) this.#active = { asOf, filters, rows };
  }

  /** The deals with a rewound column written after `asOf`. */
  rewoundSince(asOf: number, read: (after: number, upTo: number | null) => Set<string>): ReadonlySet<string> {
    const lent = this.#rewound;
    if (lent && lent.asOf >= asOf) return new Set([...lent.touched, ...read(asOf, lent.asOf)]);
    const touched = read(asOf, null);
    this.#rewound = { asOf, touched };
    return touched;
  }
}

/** The lender's rows untouched since `asOf` (same filters, as of a later time), or a read to lend on. */
const untouchedRows = <Row extends { updated_at: number; created_at: number }>(
  lent: RowsRead<Row> | null,
  asOf: number,
  filters: string,
  read: () => Row[],
): { rows: Row[]; lend: RowsRead<Row> | null } => {
  if (lent && lent.filters === filters && lent.asOf >= asOf)
    return { rows: lent.rows.filter((row) => row.updated_at <= asOf && row.created_at <= asOf), lend: null };
  const rows = read();
  return { rows, lend: { asOf, filters, rows } };
};
