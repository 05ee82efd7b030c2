import type { Activity } from '@shared/contract/schemas/activities';
import type { TimelineCursor, TimelineType } from '@shared/contract/schemas/timeline';
import { derivedColumnNames } from '../../changes/derivedColumns';
import type { Db } from '../../db/Db';
import { prepareRaw } from '../../db/sql';
import { logTableId } from '../../changes/logTableId';
import { ACTIVITY_COLUMNS, activityFromCells } from '../activities/activities.repo';
import { NOT_FIELD_EDITS, UNSET_AT_CREATION } from '../history/dealHistoryColumns';

export type TimelineSubject = 'deal' | 'company' | 'contact';

/** One raw line: which columns are set depends on `kind`. */
export type TimelineRow = {
  kind: 'created' | 'stage' | 'field' | 'custom' | 'deleted' | 'restored' | 'check' | 'activity';
  at: number;
  /** The order key: the write's HLC, or the row's id where the log has none (data loaded around it). */
  key: string;
  actor_id: string | null;
  /** The activity, the transition's deal, or the checklist row (dealId:controlPointId). */
  ref_id: string | null;
  deal_id: string | null;
  /** A field edit's column; a custom value's field id. */
  col: string | null;
  old_value: string | null;
  new_value: string | null;
  from_stage_id: string | null;
  to_stage_id: string | null;
  from_status: string | null;
  to_status: string | null;
  /** An activity line's activity. */
  activity: Activity | null;
};

const quoteList = (names: Iterable<string>): string => [...names].map((name) => `'${name}'`).join(', ');

/** Bookkeeping and derived columns of companies and contacts: never edits of their own. */
const recordIgnored = (table: 'companies' | 'contacts'): string =>
  quoteList(new Set(['id', 'created_at', 'updated_at', 'created_by', ...derivedColumnNames(table)]));

/*
 * The change log is one row of `change_msgs` per message, packed (m0072): a cell is read with
 * `json_each(change_cells(cl.cells))` over the messages of one row, on `change_msgs_row`; a
 * message's stamp text and actor come from its numbers (`STAMP`, `ACTOR`).
 */

/** A message's stamp as text: the order key of its lines (and the page cursor's). */
const STAMP = `change_stamp(cl.ms, cl.ctr, (SELECT name FROM change_names WHERE id = coalesce(cl.node, cl.device)))`;
const ACTOR = `(SELECT name FROM change_names WHERE id = cl.actor)`;
const CELLS = `change_cells(cl.cells)`;
/** A table's number in the log (m0072). */
const TBL = (table: string) => `cl.tbl = ${logTableId(table)}`;

/** A change-log time: its wall time, else (messages before schema v5) the stamp's own millisecond. */
const LOG_AT = `COALESCE(cl.at, cl.ms)`;

/** The first message of a row (its insert): the HLC and actor that order and sign the row. */
const firstMessage = (table: string, rowRef: string, col: 'hlc' | 'actor_id') =>
  `(SELECT ${col === 'hlc' ? STAMP : ACTOR} FROM change_msgs cl WHERE ${TBL(table)} AND cl.row_id = ${rowRef}
    ORDER BY cl.ms, cl.ctr LIMIT 1)`;

const NO_STAGE = `NULL AS from_stage_id, NULL AS to_stage_id, NULL AS from_status, NULL AS to_status`;
const NO_FIELD = `NULL AS col, NULL AS old_value, NULL AS new_value`;

/**
 * The record's own log, one line per cell, with the previous value of the same column. A cell's
 * order key is its message's stamp, `stamp/NNN` for the message's later cells (NNN: its place in
 * the message), so that two cells of one message stay two lines a page cursor tells apart.
 */
const fieldsCte = (table: string) => `log_cells AS (
  SELECT ${STAMP} AS hlc, ${ACTOR} AS actor_id, c.key AS col, json_quote(c.value) AS value, ${LOG_AT} AS at,
    ROW_NUMBER() OVER (PARTITION BY cl.seq ORDER BY c.id) - 1 AS place
  FROM change_msgs cl, json_each(${CELLS}) c WHERE ${TBL(table)} AND cl.row_id = @id
), fields AS (
  SELECT CASE place WHEN 0 THEN hlc ELSE hlc || '/' || printf('%03d', place) END AS hlc, actor_id, col, value, at,
    LAG(value) OVER (PARTITION BY col ORDER BY hlc) AS prev,
    ROW_NUMBER() OVER (PARTITION BY col ORDER BY hlc) AS n
  FROM log_cells
)`;

/**
 * Field edits: each message after its column's first (the insert), or the first for a column the
 * insert leaves NULL, that changes the value; `deleted_at` reads as deleted / restored.
 */
const fieldItems = (ignored: string, nullAtCreation: string) => `
  SELECT CASE WHEN f.col <> 'deleted_at' THEN 'field'
      WHEN f.value IS NULL OR f.value = 'null' THEN 'restored' ELSE 'deleted' END AS kind,
    f.at, f.hlc AS key, f.actor_id, NULL AS ref_id, NULL AS deal_id,
    f.col, f.prev AS old_value, f.value AS new_value, ${NO_STAGE}
  FROM fields f
  WHERE f.col NOT IN (${ignored})
    AND (f.n > 1 OR f.col IN (${nullAtCreation}))
    AND COALESCE(f.prev, 'null') IS NOT COALESCE(f.value, 'null')`;

/** One cell of a custom value's message, as JSON (null when the message lacks it). */
const unitCell = (col: string) => `cl.cells_json -> '$.${col}'`;

/** The message carries a cell of the unit. */
const CARRIES_UNIT = ['text_value', 'number_value', 'currency']
  .map((col) => `json_type(cl.cells_json, '$.${col}') IS NOT NULL`)
  .join(' OR ');

/**
 * Custom value edits of the record (value rows `recordId:fieldId`): one line per message that
 * changes the value, which is text, number and currency merged as one unit (mergeUnitOf), so the
 * unit's cells are read together as `[text, number, currency]`. Values written with the record
 * itself (a deal created with its custom fields) are part of its creation, as its columns are.
 */
const customItems = (table: string) => `
  SELECT 'custom' AS kind, c.at, c.stamp AS key, c.actor_id, NULL AS ref_id, NULL AS deal_id,
    substr(c.row_id, length(@id) + 2) AS col, c.prev AS old_value, c.value AS new_value, ${NO_STAGE}
  FROM (
    SELECT m.*, LAG(m.value) OVER (PARTITION BY m.row_id ORDER BY m.stamp) AS prev
    FROM (
      SELECT cl.row_id, cl.stamp, cl.actor_id, cl.at,
        json_array(${unitCell('text_value')}, ${unitCell('number_value')}, ${unitCell('currency')}) AS value
      FROM (
        SELECT cl.row_id, ${STAMP} AS stamp, ${ACTOR} AS actor_id, ${LOG_AT} AS at, ${CELLS} AS cells_json
        FROM change_msgs cl WHERE ${TBL('custom_values')} AND cl.row_id >= @id || ':' AND cl.row_id < @id || ';'
      ) cl
      WHERE ${CARRIES_UNIT}
    ) m
  ) c
  WHERE c.value IS NOT COALESCE(c.prev, '[null,null,null]')
    AND NOT (c.prev IS NULL AND c.at = (SELECT r.created_at FROM ${table} r WHERE r.id = @id))`;

/** A company's or contact's creation: the first message of its row. */
const createdItem = (table: string) => `
  SELECT * FROM (
    SELECT 'created' AS kind, ${LOG_AT} AS at, ${STAMP} AS key, ${ACTOR} AS actor_id, NULL AS ref_id, NULL AS deal_id,
      ${NO_FIELD}, ${NO_STAGE}
    FROM change_msgs cl WHERE ${TBL(table)} AND cl.row_id = @id ORDER BY cl.ms, cl.ctr LIMIT 1
  )`;

/** Stage transitions (a deal's first one is its creation) of the deals in `dealWhere`. */
const transitionItems = (from: string, dealWhere: string) => `
  SELECT CASE WHEN t.from_stage_id IS NULL AND t.from_status IS NULL THEN 'created' ELSE 'stage' END AS kind,
    t.at, COALESCE(${firstMessage('stage_transitions', 't.id', 'hlc')}, t.id) AS key, t.by_user_id AS actor_id,
    t.deal_id AS ref_id, t.deal_id, ${NO_FIELD},
    t.from_stage_id, t.to_stage_id, t.from_status, t.to_status
  FROM ${from} WHERE ${dealWhere} AND t.at <= @beforeAt`;

/** Ticks and unticks of the deal's checklist rows (ids `dealId:controlPointId`), repeats left out. */
const CHECK_ITEMS = `
  SELECT 'check' AS kind, c.at, c.hlc AS key, c.actor_id, c.row_id AS ref_id, @id AS deal_id,
    NULL AS col, NULL AS old_value, c.value AS new_value, ${NO_STAGE}
  FROM (
    SELECT cl.hlc, cl.actor_id, cl.row_id, cl.value, cl.at,
      LAG(cl.value) OVER (PARTITION BY cl.row_id ORDER BY cl.hlc) AS prev
    FROM (
      SELECT ${STAMP} AS hlc, ${ACTOR} AS actor_id, cl.row_id, ${CELLS} -> '$.checked' AS value, ${LOG_AT} AS at
      FROM change_msgs cl WHERE ${TBL('deal_checks')} AND cl.row_id >= @id || ':' AND cl.row_id < @id || ';'
    ) cl
    WHERE cl.value IS NOT NULL
  ) c
  WHERE (c.value IN ('1', 'true')) IS NOT (COALESCE(c.prev, '0') IN ('1', 'true'))`;

/** Strictly after the page cursor in the timeline's order (newest first by time, then order key). */
const afterCursor = (item: string) =>
  `(@afterAt IS NULL OR ${item}.at < @afterAt OR (${item}.at = @afterAt AND ${item}.key < @afterKey))`;

/** One source's newest lines strictly after the page cursor, at most a page (cut again once merged). */
const newestAfterCursor = (select: string, withClause = '') => `${withClause}
  SELECT * FROM (${select}) items
  WHERE ${afterCursor('items')}
  ORDER BY items.at DESC, items.key DESC
  LIMIT @limit`;

/**
 * Live done activities linked by `column`, dated when they happened, with their columns
 * (ACTIVITY_COLUMNS) and actor: only the newest page's worth after the cursor is read in full (a
 * deal with hundreds of activities reads no more of them, on `activities_deal_done`, than one with
 * fifty). An activity's actor signed its insert, whose HLC is the line's order key (one primary-key
 * step, for the page's lines only).
 */
const activityItems = (column: string) => `
  SELECT page.kind, page.at, page.key, ${firstMessage('activities', 'page.ref_id', 'actor_id')} AS actor_id,
    page.ref_id, page.deal_id, ${NO_FIELD}, ${NO_STAGE}, ${ACTIVITY_COLUMNS}
  FROM (${newestAfterCursor(`
      SELECT 'activity' AS kind, a.done_at AS at, COALESCE(${firstMessage('activities', 'a.id', 'hlc')}, a.id) AS key,
        a.id AS ref_id, a.deal_id
      FROM activities a
      WHERE a.${column} = @id AND a.done_at IS NOT NULL AND a.done_at <= @beforeAt AND a.deleted_at IS NULL`)}
  ) page JOIN activities a ON a.id = page.ref_id`;

const PARAMETER_NAMES = ['id', 'afterAt', 'afterKey', 'beforeAt', 'limit'] as const;
type ParameterName = (typeof PARAMETER_NAMES)[number];

/** A source's statement, its kind, and the parameters it names (better-sqlite3 refuses others). */
type Source = { type: TimelineType; sql: string; names: readonly ParameterName[] };

const source = (type: TimelineType, sql: string): Source => ({
  type,
  sql,
  names: PARAMETER_NAMES.filter((name) => new RegExp(`@${name}\\b`).test(sql)),
});

const fieldSources = (table: string, ignored: string, nullAtCreation: string): Source[] => [
  source('field', newestAfterCursor(fieldItems(ignored, nullAtCreation), `WITH ${fieldsCte(table)}`)),
  source('field', newestAfterCursor(customItems(table))),
];

const recordSources = (table: 'companies' | 'contacts', dealColumn: string): Source[] => [
  ...fieldSources(table, recordIgnored(table), "''"),
  source('stage', newestAfterCursor(createdItem(table))),
  source(
    'stage',
    newestAfterCursor(
      transitionItems(
        'deals d JOIN stage_transitions t ON t.deal_id = d.id',
        `d.${dealColumn} = @id AND d.deleted_at IS NULL`,
      ),
    ),
  ),
  source('activity', activityItems(dealColumn)),
];

/**
 * Each subject's sources, one statement each (cached by SQL text): a source whose kind is filtered
 * out is not run, and each reads only its newest page after the cursor on its own index. One
 * statement for all of them cost about 1.6 ms before reading a row (co-routines and sorters of
 * every branch), more than the reads; the merge of a few short sorted lists in JavaScript is free.
 */
const SOURCES: Record<TimelineSubject, Source[]> = {
  deal: [
    ...fieldSources('deals', quoteList(NOT_FIELD_EDITS), quoteList(UNSET_AT_CREATION)),
    source('stage', newestAfterCursor(transitionItems('stage_transitions t', 't.deal_id = @id'))),
    source('check', newestAfterCursor(CHECK_ITEMS)),
    source('activity', activityItems('deal_id')),
  ],
  company: recordSources('companies', 'company_id'),
  contact: recordSources('contacts', 'contact_id'),
};

/** Newest first by time, then order key (SQLite's BINARY order of the ASCII keys, as `<` orders them). */
const newestFirst = (a: unknown[], b: unknown[]): number =>
  (b[1] as number) - (a[1] as number) || (a[2] === b[2] ? 0 : (a[2] as string) < (b[2] as string) ? 1 : -1);

/** A line from its cells: the columns every source selects, in their order, then an activity's own. */
const toRow = (cells: unknown[]): TimelineRow =>
  ({
    kind: cells[0],
    at: cells[1],
    key: cells[2],
    actor_id: cells[3],
    ref_id: cells[4],
    deal_id: cells[5],
    col: cells[6],
    old_value: cells[7],
    new_value: cells[8],
    from_stage_id: cells[9],
    to_stage_id: cells[10],
    from_status: cells[11],
    to_status: cells[12],
    activity: cells[0] === 'activity' ? activityFromCells(cells, 13) : null,
  }) as TimelineRow;

/**
 * One page of a record's timeline: its field and custom value edits (old → new from the change
 * log), creation, stage transitions, checklist ticks and done activities, newest first by time
 * then order key, strictly after `after` (keyset paging: a line written meanwhile never shifts a
 * later page). Each source is read up to a page after the cursor; the merged lists are cut to it.
 */
export const timelineRows = (
  db: Db,
  subject: TimelineSubject,
  id: string,
  types: ReadonlySet<TimelineType>,
  after: TimelineCursor | null,
  limit: number,
): TimelineRow[] => {
  const params = {
    id,
    afterAt: after?.at ?? null,
    afterKey: after?.key ?? null,
    beforeAt: after?.at ?? Number.MAX_SAFE_INTEGER,
    limit,
  };
  const cells: unknown[][] = [];
  for (const source of SOURCES[subject]) {
    if (!types.has(source.type)) continue;
    const statement = prepareRaw(db, source.sql);
    const named = Object.fromEntries(source.names.map((name) => [name, params[name]]));
    for (const row of statement.all(named) as unknown[][]) cells.push(row);
  }
  return cells.sort(newestFirst).slice(0, limit).map(toRow);
};
