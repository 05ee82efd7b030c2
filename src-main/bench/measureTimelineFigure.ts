import type Database from 'better-sqlite3';
import { formatHlc } from '@shared/domain/hlc';
import { logTableId } from '../core/changes/logTableId';
import { unpackCells } from '../core/changes/unpackCells';
import type { Backend } from '../core/createBackend';
import { compareFigure } from './compareFigure';
import type { BenchFigure } from './formatBenchTable';
import { measurePair } from './measure';

export const TIMELINE_TARGET = 20;
const PAGE = 50;

type Unwrap = <T>(
  envelope: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>,
) => Promise<T>;

type Item = { at: number; key: string };
type Line = Item & {
  id?: string;
  actor_id?: string | null;
  col?: string;
  value?: string | null;
  row_id?: string;
  from_stage_id?: string | null;
  to_stage_id?: string | null;
};

/** Deal columns whose values are ids, and the table that names them (as the app's refs do). */
const REF_TABLES: Readonly<Record<string, string>> = {
  owner_id: 'users',
  company_id: 'companies',
  contact_id: 'contacts',
  bant_authority_contact_id: 'contacts',
  source_id: 'lead_sources',
  campaign_id: 'campaigns',
  loss_reason_id: 'loss_reasons',
};

/** A change-log message as stored (m0072): stamp parts, names resolved, cells packed. */
type StoredMessage = {
  ms: number;
  ctr: number;
  node: string;
  at: number;
  row_id?: string;
  cells: Uint8Array;
  actor_id: string | null;
};
type Message = { key: string; at: number; row_id?: string; cells: Uint8Array; actor_id: string | null };

const keyed = (stored: readonly StoredMessage[]): Message[] =>
  stored.map(({ ms, ctr, node, ...message }) => ({ ...message, key: formatHlc({ millis: ms, counter: ctr, node }) }));

/** A packed message's columns as SQL reads them (`m`: change_msgs). */
const MESSAGE = `m.ms, m.ctr, (SELECT name FROM change_names WHERE id = coalesce(m.node, m.device)) AS node,
  coalesce(m.at, 0) AS at, (SELECT name FROM change_names WHERE id = m.actor) AS actor_id`;

/** A message's cells as lines (only `column`'s when given), each value as JSON text. */
const cellLines = (messages: readonly Message[], column?: string): Line[] =>
  messages.flatMap(({ cells, ...message }) =>
    Object.entries(unpackCells(cells)).flatMap(([col, value]) =>
      column === undefined || col === column ? [{ ...message, col, value: JSON.stringify(value) } as Line] : [],
    ),
  );

/**
 * The same page written by hand as one would without the app's statements: each source read on
 * its own (done activities with their insert's HLC, transitions, the deal's log, its custom value
 * messages and its checklist ticks), merged and cut in JavaScript, then for the page: the activity
 * rows and their actors (their insert's author), and the names the page mentions — users (actors
 * and owners), stages, control points, contacts and the records field values point at — as the
 * app ships them in `refs`.
 */
const rawTimeline = (db: Database.Database) => {
  // An insert's stamp and actor, by the first message of a row (tables by their m0072 numbers).
  const first = (table: string, rowRef: string) =>
    `(SELECT ${MESSAGE} FROM change_msgs m WHERE m.tbl = ${logTableId(table)} AND m.row_id = ${rowRef} ORDER BY m.ms, m.ctr LIMIT 1)`;
  const firstStamp = (table: string, rowRef: string) =>
    first(table, rowRef).replace(`SELECT ${MESSAGE}`, 'SELECT m.seq');
  const stampOf = db.prepare(`SELECT ${MESSAGE} FROM change_msgs m WHERE m.seq = ?`);
  const activityRows = db.prepare(`SELECT a.done_at AS at, ${firstStamp('activities', 'a.id')} AS seq,
      a.id FROM activities a WHERE a.deal_id = ? AND a.done_at IS NOT NULL AND a.deleted_at IS NULL`);
  const transitionRows = db.prepare(`SELECT t.at, ${firstStamp('stage_transitions', 't.id')} AS seq, t.id,
      t.by_user_id AS actor_id, t.from_stage_id, t.to_stage_id FROM stage_transitions t WHERE t.deal_id = ?`);
  /** A row's key: its first message's stamp, else its id. */
  const withKeys = (rows: (Line & { seq: number | null })[]): Line[] =>
    rows.map(({ seq, ...row }) => {
      const stored = seq === null ? undefined : (stampOf.get(seq) as StoredMessage | undefined);
      const key = stored ? formatHlc({ millis: stored.ms, counter: stored.ctr, node: stored.node }) : (row.id ?? '');
      return { ...row, key, ...(stored && row.id && !('actor_id' in row) ? { actor_id: stored.actor_id } : {}) };
    });
  const activities = {
    all: (dealId: string) => withKeys(activityRows.all(dealId) as (Line & { seq: number | null })[]),
  };
  const transitions = {
    all: (dealId: string) =>
      withKeys(transitionRows.all(dealId) as (Line & { seq: number | null })[]).map(({ id: _id, ...line }) => line),
  };
  const messages = (table: string, where: string) => {
    const statement = db.prepare(`SELECT ${MESSAGE}, m.row_id, m.cells FROM change_msgs m
      WHERE m.tbl = ${logTableId(table)} AND ${where} ORDER BY m.ms, m.ctr`);
    return { all: (...params: string[]) => keyed(statement.all(...params) as StoredMessage[]) };
  };
  const log = messages('deals', 'm.row_id = ?');
  const customs = messages('custom_values', 'm.row_id >= ? AND m.row_id < ?');
  const checks = messages('deal_checks', 'm.row_id >= ? AND m.row_id < ?');
  const rows = db.prepare('SELECT * FROM activities WHERE id IN (SELECT value FROM json_each(?))');
  const fieldTypes = db.prepare('SELECT id, type FROM custom_fields WHERE id IN (SELECT value FROM json_each(?))');

  const names = (table: string, column = 'name') =>
    db.prepare(`SELECT id, ${column} AS name FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`);
  const byTable: Record<string, Database.Statement> = {
    users: names('users'),
    companies: names('companies'),
    contacts: names('contacts'),
    lead_sources: names('lead_sources'),
    campaigns: names('campaigns'),
    loss_reasons: names('loss_reasons'),
    stages: names('stages'),
    control_points: names('control_points', 'label'),
  };
  return (dealId: string) => {
    const items: Line[] = [
      ...(activities.all(dealId) as Line[]),
      ...(transitions.all(dealId) as Line[]),
      ...cellLines(log.all(dealId)),
      ...cellLines(customs.all(`${dealId}:`, `${dealId};`)),
      ...cellLines(checks.all(`${dealId}:`, `${dealId};`), 'checked'),
    ];
    items.sort((a, b) => b.at - a.at || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
    const page = items.slice(0, PAGE);
    const ids = page.flatMap((item) => (item.id ? [item.id] : []));
    const pageActivities = rows.all(JSON.stringify(ids)) as { owner_id: string | null; contact_id: string | null }[];
    const pageActors = page.filter((item) => item.id !== undefined);
    const wanted = new Map<string, Set<string>>();
    const want = (table: string, id: unknown) => {
      if (typeof id !== 'string') return;
      const set = wanted.get(table) ?? new Set<string>();
      set.add(id);
      wanted.set(table, set);
    };
    for (const item of page) {
      want('users', item.actor_id);
      want('stages', item.from_stage_id);
      want('stages', item.to_stage_id);
      // A checklist line's row is `dealId:controlPointId`.
      if (item.row_id && item.col === undefined) want('control_points', item.row_id.slice(dealId.length + 1));
      want('control_points', item.row_id?.slice(dealId.length + 1));
      const table = item.col ? REF_TABLES[item.col] : undefined;
      if (table && item.value) want(table, JSON.parse(item.value));
    }
    for (const activity of pageActivities) {
      want('users', activity.owner_id);
      want('contacts', activity.contact_id);
    }
    for (const actor of pageActors as { actor_id: string | null }[]) want('users', actor.actor_id);
    // Custom value lines need their field's type (a reference field's value names a record).
    const fields = page.flatMap((item) => (item.row_id && item.col ? [item.row_id.slice(dealId.length + 1)] : []));
    if (fields.length > 0) fieldTypes.all(JSON.stringify([...new Set(fields)]));
    const refs = [...wanted].flatMap(([table, set]) => byTable[table]?.all(JSON.stringify([...set])) ?? []);
    return { page, activities: pageActivities, refs };
  };
};

/** The deal with the most done activities: the busiest timeline. */
const busiestDeal = (db: Database.Database): string | undefined =>
  db
    .prepare(
      'SELECT deal_id FROM activities WHERE deal_id IS NOT NULL AND done_at IS NOT NULL GROUP BY deal_id ORDER BY count(*) DESC LIMIT 1',
    )
    .pluck()
    .get() as string | undefined;

/** A timeline page (50 lines, every kind) of the busiest deal through dispatch, against the raw merge. */
export const measureTimelineFigure = async (
  backend: Backend,
  raw: Database.Database,
  runs: number,
  unwrap: Unwrap,
): Promise<BenchFigure[]> => {
  const dealId = busiestDeal(raw);
  if (!dealId) return [];
  const baseline = rawTimeline(raw);
  const times = await measurePair(
    runs,
    async () => {
      await unwrap(backend.dispatch('timeline.page', { subject: 'deal', id: dealId, limit: PAGE }));
    },
    () => {
      baseline(dealId);
    },
  );
  return [compareFigure('timeline.page: 50 lines of the busiest deal, all kinds', times, TIMELINE_TARGET)];
};
