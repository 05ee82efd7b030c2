import type Database from 'better-sqlite3';
import { foldText } from '@shared/domain/foldText';
import type { Backend } from '../core/createBackend';
import { compareFigure } from './compareFigure';
import type { BenchFigure } from './formatBenchTable';
import { measurePair } from './measure';

export const SEARCH_TARGET_MS = 50;

type Unwrap = <T>(
  envelope: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>,
) => Promise<T>;

/**
 * What a person types: the first four letters of a word of the oldest deal's title, so a common
 * word of the generated catalogue (thousands of matches across deals, companies and contacts),
 * the same in every build of a size and seed.
 */
const typicalQuery = (db: Database.Database): string => {
  const title = db.prepare('SELECT title FROM deals ORDER BY rowid LIMIT 1').pluck().get() as string;
  const word =
    foldText(title)
      .split(' ')
      .find((part) => part.length >= 4 && !/\d/u.test(part)) ?? 'сдел';
  return word.slice(0, 4);
};

/** The same search by hand: each kind's best 15 by the index's rank, then their display columns. */
const rawSearch = (db: Database.Database) => {
  const ranked = db.prepare(
    `SELECT d.record_id FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 15) f
     JOIN search_docs d ON d.doc = f.rowid`,
  );
  const deal = db.prepare(
    `SELECT d.title, s.funnel_step, c.name FROM deals d JOIN stages s ON s.id = d.stage_id
     LEFT JOIN companies c ON c.id = d.company_id WHERE d.id = ?`,
  );
  const company = db.prepare('SELECT name, inn, email, phone FROM companies WHERE id = ?');
  const contact = db.prepare(
    'SELECT p.name, p.email, p.phone, c.name FROM contacts p LEFT JOIN companies c ON c.id = p.company_id WHERE p.id = ?',
  );
  return (prefix: string) => {
    for (const [kind, details] of [
      ['deal', deal],
      ['company', company],
      ['contact', contact],
    ] as const) {
      const ids = ranked.pluck().all(`kind : ${kind} AND {name keys extra} : ("${prefix}"*)`) as string[];
      for (const id of ids) details.get(id);
    }
  };
};

/** The Ctrl+K search over the whole workspace (issue 16), against the FTS5 query by hand. */
export const measureSearchFigure = async (
  backend: Backend,
  raw: Database.Database,
  runs: number,
  unwrap: Unwrap,
): Promise<BenchFigure[]> => {
  const query = typicalQuery(raw);
  const search = rawSearch(raw);
  const timing = await measurePair(
    runs,
    async () => {
      await unwrap(backend.dispatch('search.everywhere', { query, limit: 5 }));
    },
    () => {
      search(query);
    },
  );
  return [compareFigure('search.everywhere: a 4-letter prefix, 5 per kind, whole workspace', timing, SEARCH_TARGET_MS)];
};
