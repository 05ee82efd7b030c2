import type Database from 'better-sqlite3';
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

/** A change-log message as stored (m0059): its cells one JSON object. */
type Message = { key: string; at: number; row_id?: string; cells: string; actor_id: string | null };

/** A message's cells as lines (only `column`'s when given), each value as JSON text. */
const cellLines = (messages: readonly Message[], column?: string): Line[] =>
  messages.flatMap(({ cells, ...message }) =>
    Object.entries(JSON.parse(cells) as Record<string, unknown>).flatMap(([col, value]) =>
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
  const activities = db.prepare(`SELECT a.done_at AS at,
      COALESCE((SELECT hlc FROM change_msgs WHERE tbl = 'activities' AND row_id = a.id ORDER BY hlc LIMIT 1), a.id) AS key,
      a.id FROM activities a WHERE a.deal_id = ? AND a.done_at IS NOT NULL AND a.deleted_at IS NULL`);
  const transitions = db.prepare(`SELECT t.at,
      COALESCE((SELECT min(hlc) FROM change_msgs WHERE tbl = 'stage_transitions' AND row_id = t.id), t.id) AS key,
      t.by_user_id AS actor_id, t.from_stage_id, t.to_stage_id FROM stage_transitions t WHERE t.deal_id = ?`);
  const log = db.prepare(`SELECT hlc AS key, coalesce(at, 0) AS at, cells, actor_id FROM change_msgs
      WHERE tbl = 'deals' AND row_id = ? ORDER BY hlc`);
  const customs = db.prepare(`SELECT hlc AS key, coalesce(at, 0) AS at, row_id, cells, actor_id FROM change_msgs
      WHERE tbl = 'custom_values' AND row_id >= ? AND row_id < ? ORDER BY hlc`);
  const checks = db.prepare(`SELECT hlc AS key, coalesce(at, 0) AS at, row_id, cells, actor_id FROM change_msgs
      WHERE tbl = 'deal_checks' AND row_id >= ? AND row_id < ? ORDER BY hlc`);
  const rows = db.prepare('SELECT * FROM activities WHERE id IN (SELECT value FROM json_each(?))');
  const fieldTypes = db.prepare('SELECT id, type FROM custom_fields WHERE id IN (SELECT value FROM json_each(?))');
  const actors = db.prepare('SELECT hlc, actor_id FROM change_msgs WHERE hlc IN (SELECT value FROM json_each(?))');
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
      ...cellLines(log.all(dealId) as Message[]),
      ...cellLines(customs.all(`${dealId}:`, `${dealId};`) as Message[]),
      ...cellLines(checks.all(`${dealId}:`, `${dealId};`) as Message[], 'checked'),
    ];
    items.sort((a, b) => b.at - a.at || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
    const page = items.slice(0, PAGE);
    const ids = page.flatMap((item) => (item.id ? [item.id] : []));
    const pageActivities = rows.all(JSON.stringify(ids)) as { owner_id: string | null; contact_id: string | null }[];
    const pageActors = actors.all(JSON.stringify(page.flatMap((item) => (item.id ? [item.key] : []))));
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
