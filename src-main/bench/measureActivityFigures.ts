import type Database from 'better-sqlite3';
import { dayBounds } from '@shared/domain/activities/dayBounds';
import { createBackend } from '../core/createBackend';
import { compareFigure } from './compareFigure';
import type { BenchFigure } from './formatBenchTable';
import { measurePair } from './measure';

export const ACTIVITY_TARGET_MS = 20;
/** My day's sections and the activities table's first page, as the core sends them. */
const SECTION = 200;
const PAGE = 50;

type Unwrap = <T>(
  envelope: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>,
) => Promise<T>;

const WITH_NAMES = `SELECT a.*, d.title AS deal_title, c.name AS company_name, k.name AS contact_name,
    u.name AS owner_name, r.name AS rule_name
  FROM activities a LEFT JOIN deals d ON d.id = a.deal_id LEFT JOIN companies c ON c.id = a.company_id
    LEFT JOIN contacts k ON k.id = a.contact_id LEFT JOIN users u ON u.id = a.owner_id
    LEFT JOIN automation_rules r ON r.id = a.rule_id
  WHERE a.deleted_at IS NULL`;

/**
 * The same day by hand: the zone from settings, then overdue, today's and upcoming open tasks and
 * what was done today, each with its names (open-ended sides as the widest whole numbers).
 */
const rawMyDay = (db: Database.Database) => {
  const zone = db.prepare("SELECT value FROM settings WHERE key = 'workspace.timeZone'").pluck();
  const open = db.prepare(`${WITH_NAMES} AND a.done_at IS NULL AND a.due_at IS NOT NULL AND a.owner_id = ?
    AND a.due_at >= ? AND a.due_at < ? ORDER BY a.due_at, a.id LIMIT ${SECTION}`);
  const done = db.prepare(`${WITH_NAMES} AND a.owner_id = ? AND a.done_at >= ? AND a.done_at < ?
    ORDER BY a.done_at DESC, a.id DESC LIMIT ${SECTION}`);
  return (ownerId: string, now: number) => {
    const { start, end } = dayBounds(now, JSON.parse(zone.get() as string) as string);
    return {
      overdue: open.all(ownerId, Number.MIN_SAFE_INTEGER, start),
      today: open.all(ownerId, start, end),
      upcoming: open.all(ownerId, end, Number.MAX_SAFE_INTEGER),
      doneToday: done.all(ownerId, start, end),
    };
  };
};

/** The activities table as it opens: the newest done activities with their names, and how many there are. */
const rawActivitiesPage = (db: Database.Database) => {
  const rows = db.prepare(
    `${WITH_NAMES} AND a.done_at IS NOT NULL ORDER BY a.done_at DESC, a.id DESC LIMIT ${PAGE} OFFSET 0`,
  );
  // The best hand-written total reads the trigger-kept counts (m0037), as the app does: a count(*)
  // over a million rows would make any app figure look cheap.
  const count = db.prepare('SELECT coalesce(sum(n), 0) FROM activity_counts').pluck();
  return () => ({ rows: rows.all(), total: count.get() as number });
};

/** The rep with the most open tasks: the fullest My day. */
const busiestRep = (db: Database.Database): string | undefined =>
  db
    .prepare(
      `SELECT owner_id FROM activities WHERE done_at IS NULL AND due_at IS NOT NULL AND deleted_at IS NULL
        AND owner_id IS NOT NULL GROUP BY owner_id ORDER BY count(*) DESC, owner_id LIMIT 1`,
    )
    .pluck()
    .get() as string | undefined;

/**
 * My day for one rep and the activities table's first page (issue 8), each through dispatch against
 * its raw twin. My day is read on the last day of the seeded history, so overdue, today's, upcoming
 * and done work are all there whatever the calendar says when the cached database is reused.
 */
export const measureActivityFigures = async (
  path: string,
  raw: Database.Database,
  runs: number,
  unwrap: Unwrap,
): Promise<BenchFigure[]> => {
  const ownerId = busiestRep(raw);
  if (!ownerId) return [];
  const lastDay = raw.prepare('SELECT max(done_at) FROM activities').pluck().get() as number;
  const backend = createBackend({ dbPath: path, platform: 'cli', clock: { now: () => lastDay }, trustOutputs: true });
  try {
    const myDay = rawMyDay(raw);
    const day = await measurePair(
      runs,
      async () => {
        await unwrap(backend.dispatch('activities.myDay', { ownerId }));
      },
      () => {
        myDay(ownerId, lastDay);
      },
    );
    const page = rawActivitiesPage(raw);
    const table = await measurePair(
      runs,
      async () => {
        await unwrap(backend.dispatch('activities.list', {}));
      },
      () => {
        page();
      },
    );
    return [
      compareFigure(
        "activities.myDay: the busiest rep's overdue, today, upcoming, done today",
        day,
        ACTIVITY_TARGET_MS,
      ),
      compareFigure(
        'activities.list: the table as it opens, newest 50 of all, with the total',
        table,
        ACTIVITY_TARGET_MS,
      ),
    ];
  } finally {
    backend.close();
  }
};
