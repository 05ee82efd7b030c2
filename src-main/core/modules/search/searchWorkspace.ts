import type { SearchHit, SearchOutput, SearchTarget } from '@shared/contract/schemas/search';
import type { ActivityType } from '@shared/contract/schemas/activities';
import { ftsMatchExpression } from '@shared/domain/search/ftsMatchExpression';
import { orderSearchHits } from '@shared/domain/search/orderSearchHits';
import { searchQueryPlan } from '@shared/domain/search/searchQueryPlan';
import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';
import type { SearchEntity } from '../../search/SearchEntity';
import { hasSearchBacklog } from '../../search/searchBacklog';
import { phoneCountryOf } from '../settings/phoneCountryOf';

/** Best-ranked index entries of one kind (the rank is configured by migration 21). */
const RANKED = `SELECT d.record_id AS id FROM (
    SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT ?
  ) AS f JOIN search_docs AS d ON d.doc = f.rowid`;

/**
 * Newest matching activities (migration 42): their entries' numbers rise as they are written, and
 * a descending rowid scan stops at the limit, where ranking would score every match of a common
 * subject word among a million activities.
 */
const NEWEST_ACTIVITIES = `SELECT d.record_id AS id FROM (
    SELECT rowid FROM search_fts_activities WHERE search_fts_activities MATCH ? ORDER BY rowid DESC LIMIT ?
  ) AS f JOIN search_docs AS d ON d.doc = f.rowid`;

/** The index reads a few more than it shows, so the name tiers can lift one from below. */
const CANDIDATES_PER_HIT = 3;

const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');

type RecordRow = Omit<SearchHit, 'exact' | 'kind' | 'activity'> & { kind?: SearchHit['kind'] };

/** Display columns of found records, by entity (a deal is a lead while open at the first two steps). */
const RECORD_DETAILS: Record<Exclude<SearchEntity, 'activity'>, (count: number) => string> = {
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

/** An activity with the live records it is logged against (a deleted one is not opened). */
const ACTIVITY_DETAILS = (count: number) => `SELECT a.id, a.subject AS title, a.type,
    coalesce(a.done_at, a.due_at, a.created_at) AS at,
    dl.id AS dealId, dl.title AS dealTitle, co.id AS companyId, co.name AS companyName,
    p.id AS contactId, p.name AS contactName, dc.name AS dealCompanyName
  FROM activities a
  LEFT JOIN deals dl ON dl.id = a.deal_id AND dl.deleted_at IS NULL
  LEFT JOIN companies co ON co.id = a.company_id AND co.deleted_at IS NULL
  LEFT JOIN contacts p ON p.id = a.contact_id AND p.deleted_at IS NULL
  LEFT JOIN companies dc ON dc.id = dl.company_id
  WHERE a.id IN (${placeholders(count)})`;

type ActivityRow = {
  id: string;
  title: string;
  type: ActivityType;
  at: number;
  dealId: string | null;
  dealTitle: string | null;
  companyId: string | null;
  companyName: string | null;
  contactId: string | null;
  contactName: string | null;
  dealCompanyName: string | null;
};

/** Where an activity opens: its deal's timeline, else its company's, else its contact's. */
const targetOf = (row: ActivityRow): SearchTarget | null => {
  if (row.dealId !== null && row.dealTitle !== null) return { kind: 'deal', id: row.dealId, title: row.dealTitle };
  if (row.companyId !== null && row.companyName !== null)
    return { kind: 'company', id: row.companyId, title: row.companyName };
  if (row.contactId !== null && row.contactName !== null)
    return { kind: 'contact', id: row.contactId, title: row.contactName };
  return null;
};

const ENTITIES: readonly SearchEntity[] = ['deal', 'company', 'contact', 'activity'];

type Plan = NonNullable<ReturnType<typeof searchQueryPlan>>;

const idsMatching = (db: Db, entity: SearchEntity, match: string, limit: number): string[] =>
  (prepare(db, entity === 'activity' ? NEWEST_ACTIVITIES : RANKED).all(match, limit) as { id: string }[]).map(
    (row) => row.id,
  );

/** The records' table holds every kind in its `kind` column; the activities' table holds one. */
const withinKind = (entity: SearchEntity, match: string): string =>
  entity === 'activity' ? match : `kind : ${entity} AND ${match}`;

const hitsOf = (db: Db, entity: SearchEntity, ids: readonly string[], exactIds: ReadonlySet<string>): SearchHit[] => {
  if (entity === 'activity') {
    const rows = new Map(
      (prepare(db, ACTIVITY_DETAILS(ids.length)).all(...ids) as ActivityRow[]).map((row) => [row.id, row]),
    );
    return ids.flatMap((id) => {
      const row = rows.get(id);
      if (!row) return [];
      const target = targetOf(row);
      return [
        {
          kind: 'activity',
          id,
          title: row.title,
          companyName: row.companyName ?? row.dealCompanyName,
          inn: null,
          email: null,
          phone: null,
          exact: exactIds.has(id),
          activity: { type: row.type, at: row.at, target },
        },
      ];
    });
  }
  const rows = new Map(
    (prepare(db, RECORD_DETAILS[entity](ids.length)).all(...ids) as RecordRow[]).map((row) => [row.id, row]),
  );
  return ids.flatMap((id) => {
    const row = rows.get(id);
    return row ? [{ ...row, kind: row.kind ?? 'deal', exact: exactIds.has(id), activity: null }] : [];
  });
};

/** One kind's hits: exact identifiers first, then the index's best prefix matches, re-tiered by name. */
const searchEntity = (db: Db, entity: SearchEntity, plan: Plan, limit: number): SearchHit[] => {
  const exact =
    plan.exactKeys.length > 0
      ? idsMatching(
          db,
          entity,
          withinKind(entity, `keys : (${plan.exactKeys.map((key) => `"${key}"`).join(' OR ')})`),
          limit,
        )
      : [];
  const ranked = idsMatching(
    db,
    entity,
    withinKind(entity, ftsMatchExpression(plan.prefixes, '{name keys extra}')),
    limit * CANDIDATES_PER_HIT,
  );
  const ids = [...new Set([...exact, ...ranked])];
  if (ids.length === 0) return [];
  return orderSearchHits(hitsOf(db, entity, ids, new Set(exact)), plan.folded);
};

/**
 * The workspace search behind Ctrl+K over the FTS5 indexes the write path keeps: up to `limit`
 * hits of each kind (leads and deals each), best first; activities newest first within each tier.
 */
export const searchWorkspace = (db: Db, input: { query: string; limit: number }): SearchOutput => {
  const plan = searchQueryPlan(input.query, phoneCountryOf(db));
  const indexing = hasSearchBacklog(db);
  if (!plan) return { hits: [], indexing };
  const hits = ENTITIES.flatMap((entity) => {
    const found = searchEntity(db, entity, plan, entity === 'deal' ? input.limit * 2 : input.limit);
    if (entity !== 'deal') return found.slice(0, input.limit);
    // Leads and deals are one search of deals, shown as two groups of `limit` each.
    return [
      ...found.filter((hit) => hit.kind === 'lead').slice(0, input.limit),
      ...found.filter((hit) => hit.kind === 'deal').slice(0, input.limit),
    ];
  });
  return { hits, indexing };
};
