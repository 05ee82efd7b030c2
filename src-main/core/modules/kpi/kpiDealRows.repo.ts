import { DEAL_STATUSES, type DealStatus } from '@shared/contract/schemas/deals';
import type { KpiTransition } from '@shared/domain/kpi/KpiInput';
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/Db';
import { prepareRaw } from '../../db/sql';
import { dealIdCondition, type KpiDealIds } from './kpi.repo';

/** The deal columns the figures read; `segment` is the company's. */
export type KpiDealRow = {
  id: string;
  title: string;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
  owner_id: string | null;
  company_id: string | null;
  source_id: string | null;
  campaign_id: string | null;
  value_minor: number;
  currency: string;
  loss_reason_id: string | null;
  qualified_at: number | null;
  expected_close_on: string | null;
  stage_id: string;
  stage_entered_at: number;
  status: DealStatus;
  won_at: number | null;
  segment: string | null;
  /** 1 when the deal is in the saved segment the filters name; null when they name none. */
  in_segment: number | null;
};

/** A deal row as `raw` mode returns it: `DEAL_COLUMNS`, then segment and in_segment. */
type DealCells = [
  string,
  string,
  number,
  number,
  number | null,
  string | null,
  string | null,
  string | null,
  string | null,
  number,
  string,
  string | null,
  number | null,
  string | null,
  string,
  number,
  DealStatus,
  number | null,
  string | null,
  number | null,
];

const DEAL_COLUMNS = sql`d.id, d.title, d.created_at, d.updated_at, d.deleted_at, d.owner_id, d.company_id, d.source_id,
  d.campaign_id, d.value_minor, d.currency, d.loss_reason_id, d.qualified_at, d.expected_close_on, d.stage_id,
  d.stage_entered_at, d.status, d.won_at`;

const dealRowOf = ([
  id,
  title,
  created_at,
  updated_at,
  deleted_at,
  owner_id,
  company_id,
  source_id,
  campaign_id,
  value_minor,
  currency,
  loss_reason_id,
  qualified_at,
  expected_close_on,
  stage_id,
  stage_entered_at,
  status,
  won_at,
  segment,
  in_segment,
]: DealCells): KpiDealRow => ({
  id,
  title,
  created_at,
  updated_at,
  deleted_at,
  owner_id,
  company_id,
  source_id,
  campaign_id,
  value_minor,
  currency,
  loss_reason_id,
  qualified_at,
  expected_close_on,
  stage_id,
  stage_entered_at,
  status,
  won_at,
  segment,
  in_segment,
});

/** What a win is read for: LTV and repeat sales (company, value, when), the filters, and when written. */
export type KpiWinRow = Pick<
  KpiDealRow,
  | 'id'
  | 'company_id'
  | 'value_minor'
  | 'currency'
  | 'won_at'
  | 'stage_id'
  | 'owner_id'
  | 'source_id'
  | 'campaign_id'
  | 'created_at'
  | 'updated_at'
> &
  Pick<KpiDealRow, 'segment' | 'in_segment'>;

/** A win as `raw` mode returns it: `WIN_COLUMNS`, then segment and in_segment. */
type WinCells = [
  string,
  string | null,
  number,
  string,
  number | null,
  string,
  string | null,
  string | null,
  string | null,
  number,
  number,
  string | null,
  number | null,
];

const WIN_COLUMNS = sql`d.id, d.company_id, d.value_minor, d.currency, d.won_at, d.stage_id, d.owner_id, d.source_id,
  d.campaign_id, d.created_at, d.updated_at`;

const winRowOf = ([
  id,
  company_id,
  value_minor,
  currency,
  won_at,
  stage_id,
  owner_id,
  source_id,
  campaign_id,
  created_at,
  updated_at,
  segment,
  in_segment,
]: WinCells): KpiWinRow => ({
  id,
  company_id,
  value_minor,
  currency,
  won_at,
  stage_id,
  owner_id,
  source_id,
  campaign_id,
  created_at,
  updated_at,
  segment,
  in_segment,
});

/**
 * `columns` of the deals matching `where`, then the company's segment and the saved segment's
 * membership, as arrays of cells (`raw` mode): the load reads tens of thousands of rows, and
 * better-sqlite3's row object cost about twice the literal `rowOf` builds. Iterated, so each
 * array dies young instead of all of them outliving a collection (`all`). The company's segment
 * only serves the segment filter, so the company is joined only when that filter is set (a lookup
 * per deal otherwise spent for nothing). `scan` reads the table through rather than by an index:
 * for a condition most rows meet, a seek and a row lookup per deal cost several times a
 * sequential pass.
 */
const selectDealColumns = <Cells, Row>(
  db: Db,
  columns: RawBuilder<unknown>,
  rowOf: (cells: Cells) => Row,
  where: RawBuilder<unknown>,
  withSegment: boolean,
  segmentDeals: RawBuilder<unknown> | undefined,
  scan: boolean,
): Row[] => {
  const inSegment = segmentDeals === undefined ? sql`NULL` : sql`d.id IN (${segmentDeals})`;
  const deals = scan ? sql`deals d NOT INDEXED` : sql`deals d`;
  const compiled = (
    withSegment
      ? sql`SELECT ${columns}, c.segment, ${inSegment} AS in_segment FROM ${deals}
          LEFT JOIN companies c ON c.id = d.company_id WHERE ${where}`
      : sql`SELECT ${columns}, NULL AS segment, ${inSegment} AS in_segment FROM ${deals} WHERE ${where}`
  ).compile(db.q);
  const rows: Row[] = [];
  for (const cells of prepareRaw(db, compiled.sql).iterate(...compiled.parameters) as Iterable<Cells>)
    rows.push(rowOf(cells));
  return rows;
};

/** Deals matching `where`, every column the figures read. */
export const selectKpiDeals = (
  db: Db,
  where: RawBuilder<unknown>,
  withSegment: boolean,
  segmentDeals?: RawBuilder<unknown>,
  scan = false,
): KpiDealRow[] => selectDealColumns(db, DEAL_COLUMNS, dealRowOf, where, withSegment, segmentDeals, scan);

/**
 * Won deals matching `where`, only the columns a win is read for: LTV reads every win of the
 * file, and the title, dates and reasons the other figures need were most of each row's cells.
 */
export const selectKpiWins = (
  db: Db,
  where: RawBuilder<unknown>,
  withSegment: boolean,
  segmentDeals?: RawBuilder<unknown>,
): KpiWinRow[] => selectDealColumns(db, WIN_COLUMNS, winRowOf, where, withSegment, segmentDeals, false);

/**
 * A column of few known values read as the value's index in `values` (any other value as itself):
 * SQLite compares a few short strings faster than better-sqlite3 makes a string of each cell, and
 * the values then come from one list instead of one copy per row.
 */
const indexIn = (column: string, values: readonly string[]): RawBuilder<unknown> =>
  values.length === 0
    ? sql.ref(column)
    : sql`CASE ${sql.ref(column)} ${sql.join(
        values.map((value, index) => sql`WHEN ${value} THEN ${sql.lit(index)}`),
        sql` `,
      )} ELSE ${sql.ref(column)} END`;

/** The value `indexIn` read (its index is always in range). */
const valueIn = <Value extends string>(values: readonly Value[], cell: Value | number): Value =>
  typeof cell === 'number' ? (values[cell] as Value) : cell;

const nullableIn = <Value extends string>(values: readonly Value[], cell: Value | number | null): Value | null =>
  cell === null ? null : valueIn(values, cell);

/** A transition as `raw` mode returns it: deal_id, from_stage_id, to_stage_id, to_status, at. */
type TransitionCells = [string, string | number | null, string | number, DealStatus | number, number];

/**
 * Transitions up to the as-of time of the deals named, per deal in time order. Read as arrays of
 * cells (`prepareRaw`): a two-year report reads every transition of the file, and a row object per
 * transition built only to be copied was a fifth of the query's time. A scan reads the history
 * index through in its (deal, time) order and skips the deals not named. Stages (`stageIds`: every
 * stage, so all but a deleted pipeline's) and statuses are read as indexes (`indexIn`): a two-year
 * report reads every transition of the file, and its four strings a row were a quarter of the read.
 * The status a transition left is not read (no figure asks).
 */
export const selectTransitions = (
  db: Db,
  deals: KpiDealIds,
  asOf: number,
  stageIds: readonly string[],
): Map<string, KpiTransition[]> => {
  const stage = (column: string) => indexIn(column, stageIds);
  const status = (column: string) => indexIn(column, DEAL_STATUSES);
  const compiled = sql`SELECT deal_id, ${stage('from_stage_id')}, ${stage('to_stage_id')}, ${status('to_status')}, at
      FROM stage_transitions INDEXED BY stage_transitions_history
      WHERE ${dealIdCondition('deal_id', deals)} AND at <= ${asOf} ORDER BY deal_id, at, id`.compile(db.q);
  // Iterated rather than `all`: the arrays of cells die young (a quarter of a million over two years).
  const rows = prepareRaw(db, compiled.sql).iterate(...compiled.parameters) as Iterable<TransitionCells>;
  const byDeal = new Map<string, KpiTransition[]>();
  let dealId: string | null = null;
  let list: KpiTransition[] = [];
  let named = false;
  for (const [rowDealId, fromStageId, toStageId, toStatus, at] of rows) {
    if (rowDealId !== dealId) {
      dealId = rowDealId;
      named = deals.ids.has(rowDealId);
      list = [];
      if (named) byDeal.set(rowDealId, list);
    }
    if (named)
      list.push({
        fromStageId: nullableIn(stageIds, fromStageId),
        toStageId: valueIn(stageIds, toStageId),
        toStatus: valueIn(DEAL_STATUSES, toStatus),
        at,
      });
  }
  return byDeal;
};
