import type { SearchHit, SearchOutput } from '@shared/contract/schemas/search';
import { ftsMatchExpression } from '@shared/domain/search/ftsMatchExpression';
import { orderSearchHits } from '@shared/domain/search/orderSearchHits';
import { searchQueryPlan } from '@shared/domain/search/searchQueryPlan';
import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';
import type { SearchEntity } from '../../search/SearchEntity';
import { phoneCountryOf } from '../settings/phoneCountryOf';

/** Best-ranked index entries of one kind (the rank is configured by migration 21). */
const RANKED = `SELECT d.record_id AS id FROM (
    SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT ?
  ) AS f JOIN search_docs AS d ON d.doc = f.rowid`;

/** The index reads a few more than it shows, so the name tiers can lift one from below. */
const CANDIDATES_PER_HIT = 3;

const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');

type HitRow = Omit<SearchHit, 'exact' | 'kind'> & { kind?: SearchHit['kind'] };

/** Display columns of found records, by entity (a deal is a lead while open at the first two steps). */
const DETAILS: Record<SearchEntity, (count: number) => string> = {
  deal: (count) => `SELECT d.id, d.title,
      CASE WHEN d.status = 'open' AND s.funnel_step IN ('awareness', 'interest') THEN 'lead' ELSE 'deal' END AS kind,
      c.name AS companyName, NULL AS inn, NULL AS email, NULL AS phone
    FROM deals d JOIN stages s ON s.id = d.stage_id LEFT JOIN companies c ON c.id = d.company_id
    WHERE d.id IN (${placeholders(count)})`,
  company: (count) => `SELECT id, name AS title, 'company' AS kind, NULL AS companyName, inn, email, phone
    FROM companies WHERE id IN (${placeholders(count)})`,
  contact: (count) => `SELECT p.id, p.name AS title, 'contact' AS kind, c.name AS companyName, NULL AS inn,
      p.email, p.phone
    FROM contacts p LEFT JOIN companies c ON c.id = p.company_id WHERE p.id IN (${placeholders(count)})`,
};

const ENTITIES: readonly SearchEntity[] = ['deal', 'company', 'contact'];

const idsMatching = (db: Db, match: string, limit: number): string[] =>
  (prepare(db, RANKED).all(match, limit) as { id: string }[]).map((row) => row.id);

/** One kind's hits: exact identifiers first, then the index's best prefix matches, re-tiered by name. */
const searchEntity = (db: Db, entity: SearchEntity, plan: NonNullable<ReturnType<typeof searchQueryPlan>>, limit: number) => {
  const exact =
    plan.exactKeys.length > 0
      ? idsMatching(db, `kind : ${entity} AND keys : (${plan.exactKeys.map((key) => `"${key}"`).join(' OR ')})`, limit)
      : [];
  const ranked = idsMatching(
    db,
    `kind : ${entity} AND ${ftsMatchExpression(plan.prefixes, '{name keys extra}')}`,
    limit * CANDIDATES_PER_HIT,
  );
  const ids = [...new Set([...exact, ...ranked])];
  if (ids.length === 0) return [];
  const rows = new Map(
    (prepare(db, DETAILS[entity](ids.length)).all(...ids) as HitRow[]).map((row) => [row.id, row]),
  );
  const exactIds = new Set(exact);
  const hits = ids.flatMap((id) => {
    const row = rows.get(id);
    return row ? [{ ...row, kind: row.kind ?? 'deal', exact: exactIds.has(id) } as SearchHit] : [];
  });
  return orderSearchHits(hits, plan.folded);
};

/**
 * The workspace search behind Ctrl+K over the FTS5 index the write path keeps: up to `limit`
 * hits of each kind (leads and deals each), best first.
 */
export const searchWorkspace = (db: Db, input: { query: string; limit: number }): SearchOutput => {
  const plan = searchQueryPlan(input.query, phoneCountryOf(db));
  if (!plan) return { hits: [] };
  const hits = ENTITIES.flatMap((entity) => {
    const found = searchEntity(db, entity, plan, entity === 'deal' ? input.limit * 2 : input.limit);
    if (entity !== 'deal') return found.slice(0, input.limit);
    // Leads and deals are one search of deals, shown as two groups of `limit` each.
    return [
      ...found.filter((hit) => hit.kind === 'lead').slice(0, input.limit),
      ...found.filter((hit) => hit.kind === 'deal').slice(0, input.limit),
    ];
  });
  return { hits };
};
