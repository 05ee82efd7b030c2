import type { Activity } from '@shared/contract/schemas/activities';
import type { TimelineCursor, TimelineType } from '@shared/contract/schemas/timeline';
import { derivedColumnNames } from '../../changes/derivedColumns';
import type { Db } from '../../db/Db';
import { prepareRaw } from '../../db/sql';
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

/** A change-log time: its wall time, else (messages before schema v5) the HLC's own millisecond. */
const LOG_AT = `COALESCE(cl.at, unixepoch(substr(cl.hlc, 1, 19)) * 1000 + CAST(substr(cl.hlc, 21, 3) AS INTEGER))`;

/** The first message of a row (its insert): the HLC and actor that order and sign the row. */
const firstMessage = (table: string, rowRef: string, col: 'hlc' | 'actor_id') =>
  `(SELECT cl.${col} FROM change_log cl WHERE cl.tbl = '${table}' AND cl.row_id = ${rowRef} ORDER BY cl.hlc LIMIT 1)`;

const NO_STAGE = `NULL AS from_stage_id, NULL AS to_stage_id, NULL AS from_status, NULL AS to_status`;
const NO_FIELD = `NULL AS col, NULL AS old_value, NULL AS new_value`;

/** The record's own log with each message's previous value of the same column. */
const fieldsCte = (table: string) => `fields AS (
  SELECT cl.hlc, cl.actor_id, cl.col, cl.value, ${LOG_AT} AS at,
    LAG(cl.value) OVER (PARTITION BY cl.col ORDER BY cl.hlc) AS prev,
    ROW_NUMBER() OVER (PARTITION BY cl.col ORDER BY cl.hlc) AS n
  FROM change_log cl WHERE @fields = 1 AND cl.tbl = '${table}' AND cl.row_id = @id
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

/** A log row's message stamp: its key up to the cell suffix (`stamp/NNN`, changeLogStore). */
const STAMP = `CASE WHEN instr(cl.hlc, '/') > 0 THEN substr(cl.hlc, 1, instr(cl.hlc, '/') - 1) ELSE cl.hlc END`;

/** One cell of a custom value's message, as JSON (null when the message lacks it or it is empty). */
const unitCell = (col: string) => `json(max(CASE WHEN cl.col = '${col}' THEN cl.value END))`;

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
      SELECT cl.row_id, ${STAMP} AS stamp, min(cl.actor_id) AS actor_id, min(${LOG_AT}) AS at,
        json_array(${unitCell('text_value')}, ${unitCell('number_value')}, ${unitCell('currency')}) AS value
      FROM change_log cl
      WHERE @fields = 1 AND cl.tbl = 'custom_values' AND cl.row_id >= @id || ':' AND cl.row_id < @id || ';'
        AND cl.col IN ('text_value', 'number_value', 'currency')
      GROUP BY cl.row_id, stamp
    ) m
  ) c
  WHERE c.value IS NOT COALESCE(c.prev, '[null,null,null]')
    AND NOT (c.prev IS NULL AND c.at = (SELECT r.created_at FROM ${table} r WHERE r.id = @id))`;

/** A company's or contact's creation: the first message of its row. */
const createdItem = (table: string) => `
  SELECT * FROM (
    SELECT 'created' AS kind, ${LOG_AT} AS at, cl.hlc AS key, cl.actor_id, NULL AS ref_id, NULL AS deal_id,
      ${NO_FIELD}, ${NO_STAGE}
    FROM change_log cl WHERE @stages = 1 AND cl.tbl = '${table}' AND cl.row_id = @id ORDER BY cl.hlc LIMIT 1
  )`;

/** Stage transitions (a deal's first one is its creation) of the deals in `dealWhere`. */
const transitionItems = (from: string, dealWhere: string) => `
  SELECT CASE WHEN t.from_stage_id IS NULL AND t.from_status IS NULL THEN 'created' ELSE 'stage' END AS kind,
    t.at, COALESCE(${firstMessage('stage_transitions', 't.id', 'hlc')}, t.id) AS key, t.by_user_id AS actor_id,
    t.deal_id AS ref_id, t.deal_id, ${NO_FIELD},
    t.from_stage_id, t.to_stage_id, t.from_status, t.to_status
  FROM ${from} WHERE @stages = 1 AND ${dealWhere} AND t.at <= @beforeAt`;

/** Ticks and unticks of the deal's checklist rows (ids `dealId:controlPointId`), repeats left out. */
const CHECK_ITEMS = `
  SELECT 'check' AS kind, c.at, c.hlc AS key, c.actor_id, c.row_id AS ref_id, @id AS deal_id,
    NULL AS col, NULL AS old_value, c.value AS new_value, ${NO_STAGE}
  FROM (
    SELECT cl.hlc, cl.actor_id, cl.row_id, cl.value, ${LOG_AT} AS at,
      LAG(cl.value) OVER (PARTITION BY cl.row_id ORDER BY cl.hlc) AS prev
    FROM change_log cl
    WHERE @checks = 1 AND cl.tbl = 'deal_checks' AND cl.row_id >= @id || ':' AND cl.row_id < @id || ';'
      AND cl.col = 'checked'
  ) c
  WHERE (c.value IN ('1', 'true')) IS NOT (COALESCE(c.prev, '0') IN ('1', 'true'))`;

/** Strictly after the page cursor in the timeline's order (newest first by time, then order key). */
const afterCursor = (item: string) =>
  `(@afterAt IS NULL OR ${item}.at < @afterAt OR (${item}.at = @afterAt AND ${item}.key < @afterKey))`;

/**
 * Live done activities linked by `column`, dated when they happened: only the newest page's worth
 * after the cursor can make the page, so only those are read in full (a deal with hundreds of
 * activities reads no more of them, on `activities_deal_done`, than one with fifty). Their actor
 * is looked up once the page is cut (PAGE_SQL).
 */
const activityItems = (column: string) => `
  SELECT * FROM (
    SELECT * FROM (
      SELECT 'activity' AS kind, a.done_at AS at, COALESCE(${firstMessage('activities', 'a.id', 'hlc')}, a.id) AS key,
        NULL AS actor_id, a.id AS ref_id, a.deal_id, ${NO_FIELD}, ${NO_STAGE}
      FROM activities a
      WHERE @activities = 1 AND a.${column} = @id AND a.done_at IS NOT NULL AND a.done_at <= @beforeAt
        AND a.deleted_at IS NULL
    ) act
    WHERE ${afterCursor('act')}
    ORDER BY act.at DESC, act.key DESC
    LIMIT @limit
  )`;

const SOURCES: Record<TimelineSubject, string> = {
  deal: `WITH ${fieldsCte('deals')}
    ${fieldItems(quoteList(NOT_FIELD_EDITS), quoteList(UNSET_AT_CREATION))}
    UNION ALL ${customItems('deals')}
    UNION ALL ${transitionItems('stage_transitions t', 't.deal_id = @id')}
    UNION ALL ${CHECK_ITEMS}
    UNION ALL ${activityItems('deal_id')}`,
  company: `WITH ${fieldsCte('companies')}
    ${fieldItems(recordIgnored('companies'), "''")}
    UNION ALL ${customItems('companies')}
    UNION ALL ${createdItem('companies')}
    UNION ALL ${transitionItems('deals d JOIN stage_transitions t ON t.deal_id = d.id', 'd.company_id = @id AND d.deleted_at IS NULL')}
    UNION ALL ${activityItems('company_id')}`,
  contact: `WITH ${fieldsCte('contacts')}
    ${fieldItems(recordIgnored('contacts'), "''")}
    UNION ALL ${customItems('contacts')}
    UNION ALL ${createdItem('contacts')}
    UNION ALL ${transitionItems('deals d JOIN stage_transitions t ON t.deal_id = d.id', 'd.contact_id = @id AND d.deleted_at IS NULL')}
    UNION ALL ${activityItems('contact_id')}`,
};

/**
 * The columns of a line (then, for an activity, ACTIVITY_COLUMNS). An activity's actor signed its insert, whose HLC is the line's order key
 * (or no message has it, as firstMessage): one primary-key step, for the page's lines only.
 */
const PAGE_COLUMNS = `page.kind, page.at, page.key,
  CASE WHEN page.kind = 'activity' THEN (SELECT cl.actor_id FROM change_log cl WHERE cl.hlc = page.key)
    ELSE page.actor_id END AS actor_id,
  page.ref_id, page.deal_id, page.col, page.old_value, page.new_value,
  page.from_stage_id, page.to_stage_id, page.from_status, page.to_status`;

/** SQL text per subject, built once (the prepared-statement cache keys on it). */
const PAGE_SQL = Object.fromEntries(
  Object.entries(SOURCES).map(([subject, sources]) => [
    subject,
    `WITH page AS MATERIALIZED (
       SELECT * FROM (${sources}) items
       WHERE ${afterCursor('items')}
       ORDER BY items.at DESC, items.key DESC
       LIMIT @limit
     )
     SELECT ${PAGE_COLUMNS}, ${ACTIVITY_COLUMNS}
     FROM page LEFT JOIN activities a ON page.kind = 'activity' AND a.id = page.ref_id
     ORDER BY page.at DESC, page.key DESC`,
  ]),
) as Record<TimelineSubject, string>;

/**
 * One page of a record's timeline in a single statement: its field and custom value edits (old →
 * new from the change log), creation, stage transitions, checklist ticks and done activities, newest first by
 * time then order key, strictly after `after` (keyset paging: a line written meanwhile never
 * shifts a later page). Each source is skipped outright when its kind is filtered out, and the
 * activities and transitions are cut at the cursor's time on their indexes.
 */
export const timelineRows = (
  db: Db,
  subject: TimelineSubject,
  id: string,
  types: ReadonlySet<TimelineType>,
  after: TimelineCursor | null,
  limit: number,
): TimelineRow[] =>
  (
    prepareRaw(db, PAGE_SQL[subject]).all({
      id,
      activities: types.has('activity') ? 1 : 0,
      stages: types.has('stage') ? 1 : 0,
      fields: types.has('field') ? 1 : 0,
      checks: types.has('check') ? 1 : 0,
      afterAt: after?.at ?? null,
      afterKey: after?.key ?? null,
      beforeAt: after?.at ?? Number.MAX_SAFE_INTEGER,
      limit,
    }) as unknown[][]
  ).map(
    // Cells in PAGE_COLUMNS' order.
    (cells) =>
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
      }) as TimelineRow,
  );
