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

/**
 * The same page written by hand as one would without the app's single statement: each source
 * read on its own (done activities with their insert's HLC, transitions, the deal's log and its
 * checklist ticks), merged and cut in JavaScript, then the page's activity rows and user names.
 */
const rawTimeline = (db: Database.Database) => {
  const activities = db.prepare(`SELECT a.done_at AS at,
      COALESCE((SELECT hlc FROM change_log WHERE tbl = 'activities' AND row_id = a.id ORDER BY hlc LIMIT 1), a.id) AS key,
      a.id FROM activities a WHERE a.deal_id = ? AND a.done_at IS NOT NULL AND a.deleted_at IS NULL`);
  const transitions = db.prepare(`SELECT t.at,
      COALESCE((SELECT min(hlc) FROM change_log WHERE tbl = 'stage_transitions' AND row_id = t.id), t.id) AS key,
      t.by_user_id FROM stage_transitions t WHERE t.deal_id = ?`);
  const log = db.prepare(`SELECT hlc AS key, coalesce(at, 0) AS at, col, value, actor_id FROM change_log
      WHERE tbl = 'deals' AND row_id = ? ORDER BY hlc`);
  const checks = db.prepare(`SELECT hlc AS key, coalesce(at, 0) AS at, value FROM change_log
      WHERE tbl = 'deal_checks' AND row_id >= ? AND row_id < ? AND col = 'checked' ORDER BY hlc`);
  const rows = db.prepare('SELECT * FROM activities WHERE id IN (SELECT value FROM json_each(?))');
  const users = db.prepare('SELECT id, name FROM users');
  return (dealId: string) => {
    const items: (Item & { id?: string })[] = [
      ...(activities.all(dealId) as (Item & { id: string })[]),
      ...(transitions.all(dealId) as Item[]),
      ...(log.all(dealId) as Item[]),
      ...(checks.all(`${dealId}:`, `${dealId};`) as Item[]),
    ];
    items.sort((a, b) => b.at - a.at || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
    const page = items.slice(0, PAGE);
    const ids = page.flatMap((item) => (item.id ? [item.id] : []));
    return { page, activities: rows.all(JSON.stringify(ids)), users: users.all() };
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
