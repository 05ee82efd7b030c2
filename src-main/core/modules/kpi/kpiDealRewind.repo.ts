import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';
import { logTableId } from '../../changes/logTableId';
import { cellColumns, unpackCells } from '../../changes/unpackCells';
import type { KpiDealRow } from './kpiDealRows.repo';

/** One cell of a deal's message. */
type LogRow = { col: string; value: unknown; ms: number; at: number | null };

const REWOUND_COLUMNS = new Set([
  'title',
  'deleted_at',
  'owner_id',
  'company_id',
  'source_id',
  'campaign_id',
  'value_minor',
  'currency',
  'loss_reason_id',
  'qualified_at',
  'expected_close_on',
]);

/** When a message was written: its wall time, or (older messages) its stamp's, which was then the same. */
const writtenAt = (message: LogRow): number => message.at ?? message.ms;

/** `tbl = 18`: deals' number in the change log (m0072), as the partial index names it. */
const DEALS = `tbl = ${logTableId('deals')}`;

/**
 * The deals' messages written after the as-of time (and up to a bound: what a later probe left
 * out): a range of the partial index `change_msgs_deal_at` (m0072) by wall time, or by stamp for
 * older messages without one (a stamp is never behind the wall time it was made at). Their cells
 * say which carry a rewound column; other deals written since moved only in columns the figures
 * do not rewind or the transitions replay, so their rows stand as they are.
 */
const REWIND_PROBE = `SELECT row_id, cells FROM change_msgs INDEXED BY change_msgs_deal_at
    WHERE ${DEALS} AND at > ? AND at <= ?
  UNION ALL
  SELECT row_id, cells FROM change_msgs INDEXED BY change_msgs_deal_at WHERE ${DEALS} AND at IS NULL AND ms > ? AND ms <= ?`;

/** The messages of the deals a rewind reads, in stamp order per deal. */
const REWIND_LOG = `SELECT row_id, ms, at, cells FROM change_msgs
  WHERE ${DEALS} AND row_id IN (SELECT value FROM json_each(?))
  ORDER BY row_id, ms, ctr`;

/** The columns a rewind reads: the rewound ones, and `created_at` to know the log starts at creation. */
const READ_COLUMNS = new Set([...REWOUND_COLUMNS, 'created_at']);

/** The deals with a rewound column written after `asOf` (and by `upTo`, when given). */
export const rewoundBetween = (db: Db, asOf: number, upTo: number | null): Set<string> => {
  const touched = new Set<string>();
  const bound = upTo ?? Number.MAX_SAFE_INTEGER;
  const messages = prepare(db, REWIND_PROBE).all(asOf, bound, asOf, bound) as { row_id: string; cells: Uint8Array }[];
  for (const message of messages) {
    if (touched.has(message.row_id)) continue;
    // Only the column names: most messages since are moves, whose ids need not be decoded.
    if (cellColumns(message.cells).some((column) => REWOUND_COLUMNS.has(column))) touched.add(message.row_id);
  }
  return touched;
};

/** Per deal, its cells of the columns a rewind reads, one entry per cell in stamp order. */
const logsByDeal = (db: Db, ids: readonly string[]): Map<string, LogRow[]> => {
  const byDeal = new Map<string, LogRow[]>();
  const messages = prepare(db, REWIND_LOG).all(JSON.stringify(ids)) as {
    row_id: string;
    ms: number;
    at: number | null;
    cells: Uint8Array;
  }[];
  for (const message of messages) {
    let list = byDeal.get(message.row_id);
    if (!list) byDeal.set(message.row_id, (list = []));
    for (const [col, value] of Object.entries(unpackCells(message.cells))) {
      if (READ_COLUMNS.has(col)) list.push({ col, value, ms: message.ms, at: message.at });
    }
  }
  return byDeal;
};

const rewindRow = (row: KpiDealRow, log: readonly LogRow[], asOf: number): KpiDealRow => {
  const before = log.filter((message) => writtenAt(message) <= asOf);
  const loggedFromStart = before.some((message) => message.col === 'created_at');
  const after = new Set(log.filter((message) => writtenAt(message) > asOf).map((message) => message.col));
  const copy: Record<string, unknown> = { ...row };
  for (const column of after) {
    if (!REWOUND_COLUMNS.has(column)) continue;
    const last = before.filter((message) => message.col === column).at(-1);
    if (last) copy[column] = last.value;
    else if (loggedFromStart) copy[column] = null;
  }
  return copy as KpiDealRow;
};

/**
 * Deal rows as they were at `asOf`: each column changed after then takes its last logged value
 * at or before then. A deal whose log starts after `asOf` (bulk-generated or imported history)
 * keeps its current values; one created through the app with a column left at its SQL default
 * (no message) had that default (null) then. Only the logs of deals with a rewound column written
 * since (`rewoundSince`, asked only when a row was written since) are read, in one query.
 */
export const rewindDeals = (
  db: Db,
  rows: readonly KpiDealRow[],
  asOf: number,
  rewoundSince: () => ReadonlySet<string>,
): KpiDealRow[] => {
  const changed = rows.filter((row) => row.updated_at > asOf);
  if (changed.length === 0) return [...rows];
  const touched = rewoundSince();
  const rewound = changed.filter((row) => touched.has(row.id));
  if (rewound.length === 0) return [...rows];
  const logs = logsByDeal(
    db,
    rewound.map((row) => row.id),
  );
  return rows.map((row) =>
    touched.has(row.id) && row.updated_at > asOf ? rewindRow(row, logs.get(row.id) ?? [], asOf) : row,
  );
};
