import type Database from 'better-sqlite3';
import { leadAgeDays } from '@shared/domain/leadAgeDays';
import { HOUR_MS } from '@shared/domain/leadSla';
import type { Backend } from '../core/createBackend';
import { compareFigure } from './compareFigure';
import type { BenchFigure } from './formatBenchTable';
import { measurePair } from './measure';

export const LEADS_TARGET_MS = 20;
const PAGE = 50;

type Unwrap = <T>(
  envelope: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>,
) => Promise<T>;

type RawLead = {
  id: string;
  created_at: number;
  stage_id: string;
  stage_entered_at: number;
  sla_hours: number | null;
};

/**
 * The inbox page by hand: the zone and the lead stages, then the newest 50 open deals of those
 * stages with everything the app's row carries joined in (company, owner, contact and campaign
 * names, BANT score, ICP fit, the stage's SLA and the deal's first outbound touch on
 * the same index the app forces), read newest first through the index of open deals by age as the
 * app does, their count, their custom values with the fields' types, and in
 * JavaScript each lead's age in days and SLA deadline.
 */
const rawLeadsInbox = (db: Database.Database) => {
  const zone = db.prepare("SELECT value FROM settings WHERE key = 'workspace.timeZone'").pluck();
  const stages = db
    .prepare("SELECT id FROM stages WHERE deleted_at IS NULL AND funnel_step IN ('awareness', 'interest')")
    .pluck();
  const pages = new Map<number, Database.Statement>();
  const counts = new Map<number, Database.Statement>();
  const page = (n: number) =>
    pages.get(n) ??
    db.prepare(`SELECT d.*, s.name AS stage_name, s.default_key AS stage_key, s.funnel_step, s.sla_hours,
        c.name AS company_name, u.name AS owner_name, k.name AS contact_name, g.name AS campaign_name,
        c.icp_fit,
        (SELECT min(a.done_at) FROM activities a INDEXED BY activities_first_touch
          WHERE a.deal_id = d.id AND a.type IN ('call', 'email', 'meeting')
            AND (a.direction IS NULL OR a.direction = 'outbound') AND a.done_at IS NOT NULL
            AND a.deleted_at IS NULL) AS first_touch_at
      FROM deals d INDEXED BY deals_open_created JOIN stages s ON s.id = d.stage_id
        LEFT JOIN companies c ON c.id = d.company_id AND c.deleted_at IS NULL
        LEFT JOIN users u ON u.id = d.owner_id
        LEFT JOIN contacts k ON k.id = d.contact_id AND k.deleted_at IS NULL
        LEFT JOIN campaigns g ON g.id = d.campaign_id AND g.deleted_at IS NULL
      WHERE d.deleted_at IS NULL AND d.status = 'open' AND d.stage_id IN (${Array(n).fill('?').join(', ')})
      ORDER BY d.created_at DESC, d.id DESC LIMIT ${PAGE}`);
  const cachedPage = (n: number) => {
    const statement = page(n);
    pages.set(n, statement);
    return statement;
  };
  const count = (n: number) =>
    counts.get(n) ??
    db
      .prepare(
        `SELECT count(*) FROM deals d WHERE d.deleted_at IS NULL AND d.status = 'open'
          AND d.stage_id IN (${Array(n).fill('?').join(', ')})`,
      )
      .pluck();
  const cachedCount = (n: number) => {
    const statement = count(n);
    counts.set(n, statement);
    return statement;
  };
  // Each lead's values: its range of the primary key (`record_id:field_id`; ':' < ';').
  const values = db.prepare(`SELECT v.*, f.type FROM json_each(?) j CROSS JOIN custom_values v
      JOIN custom_fields f ON f.id = v.field_id
      WHERE v.id > j.value || ':' AND v.id < j.value || ';' AND v.record_id = j.value AND v.deleted_at IS NULL`);
  return (now: number) => {
    const timeZone = JSON.parse(zone.get() as string) as string;
    const stageIds = stages.all() as string[];
    const rows = cachedPage(stageIds.length).all(...stageIds) as RawLead[];
    const total = cachedCount(stageIds.length).get(...stageIds) as number;
    const custom = values.all(JSON.stringify(rows.map((row) => row.id)));
    return {
      total,
      custom,
      rows: rows.map((row) => ({
        ...row,
        ageDays: leadAgeDays(row.created_at, now, timeZone),
        slaDueAt: row.sla_hours === null ? null : row.stage_entered_at + row.sla_hours * HOUR_MS,
      })),
    };
  };
};

/**
 * The leads inbox as it opens (issue 7): the newest 50 leads of every pipeline with their SLA,
 * first touch, age and names, and the count, through dispatch against its raw twin.
 */
export const measureLeadsFigure = async (
  backend: Backend,
  raw: Database.Database,
  runs: number,
  unwrap: Unwrap,
): Promise<BenchFigure[]> => {
  const baseline = rawLeadsInbox(raw);
  const now = Date.now();
  const times = await measurePair(
    runs,
    async () => {
      await unwrap(backend.dispatch('leads.list', {}));
    },
    () => {
      baseline(now);
    },
  );
  return [
    compareFigure('leads.list: the inbox as it opens, newest 50 with SLA and first touch', times, LEADS_TARGET_MS),
  ];
};
