import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LOSS_REASONS, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { validateInn, validateKpp, validateOgrn, validateOgrnip } from '@shared/domain/russianCompanyIds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChangeWriter, type RowValues } from '../../../src-main/core/changes/ChangeWriter';
import { derivedColumnNames } from '../../../src-main/core/changes/derivedColumns';
import { createHlcClock } from '../../../src-main/core/changes/HlcClock';
import { type Backend, createBackend } from '../../../src-main/core/createBackend';
import type { SyncedTable } from '../../../src-main/core/db/schema';
import { SEED_ACTOR_COLUMNS } from '../../../src-main/core/seed/generate/BulkWriter';
import { readDeviceMessagesAfter } from '../../../src-main/core/sync/changeLogStore';
import { type SeedOptions, type SeedSummary, seedDatabase } from '../../../src-main/core/seed/generate/seedDatabase';
import { hashBusinessData, SEEDED_TABLES } from '../../fixtures/hashBusinessData';
import { clientFor } from '../../helpers/tempBackend';
import { timelineInOrder } from '../../helpers/timelineInOrder';

const DAY = 86_400_000;
const END = Date.UTC(2026, 9, 31, 21);
const WINDOW = { start: END - 26 * 7 * DAY, end: END };

type Seeded = { backend: Backend; path: string; summary: SeedSummary; deviceId: string; lastHlcBefore: string | null };

let dir: string;
const open: Backend[] = [];

const seed = (name: string, options: Partial<SeedOptions> & { deals: number }): Seeded => {
  const path = join(dir, `${name}.sqlite`);
  const backend = createBackend({ dbPath: path, platform: 'test' });
  open.push(backend);
  const sqlite = backend.db.sqlite;
  const deviceId = sqlite.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as string;
  const lastHlcBefore = sqlite.prepare('SELECT max(hlc) FROM change_log').pluck().get() as string | null;
  const summary = seedDatabase(backend.db, { seed: 7, lang: 'ru', ...WINDOW, ...options });
  return { backend, path, summary, deviceId, lastHlcBefore };
};

const all = <T>(seeded: Seeded, sql: string, ...params: unknown[]): T[] =>
  seeded.backend.db.sqlite.prepare(sql).all(...params) as T[];
const one = <T>(seeded: Seeded, sql: string, ...params: unknown[]): T =>
  seeded.backend.db.sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as T;

let small: Seeded;
let mid: Seeded;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'voronka-seed-'));
  small = seed('small', { deals: 300, hlcNow: Date.UTC(2026, 10, 20) });
  mid = seed('mid', { deals: 3_000, seed: 11 });
}, 120_000);

afterAll(() => {
  for (const backend of open) backend.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('seedDatabase: reproducible', () => {
  it('gives byte-identical business rows for the same seed and window, other data for another seed', () => {
    const again = seed('again', { deals: 300, hlcNow: Date.UTC(2026, 10, 25) });
    expect(again.deviceId).not.toBe(small.deviceId);
    expect(hashBusinessData(again.backend.db.sqlite)).toBe(hashBusinessData(small.backend.db.sqlite));
    const other = seed('other', { deals: 300, seed: 8 });
    expect(hashBusinessData(other.backend.db.sqlite)).not.toBe(hashBusinessData(small.backend.db.sqlite));
  });

  it('writes exactly the requested number of deals and about ten activities per deal', () => {
    expect(one<number>(small, 'SELECT count(*) FROM deals')).toBe(300);
    expect(one<number>(mid, 'SELECT count(*) FROM deals')).toBe(3_000);
    const perDeal = one<number>(mid, 'SELECT count(*) FROM activities') / 3_000;
    expect(perDeal).toBeGreaterThan(8.5);
    expect(perDeal).toBeLessThan(11.5);
    expect(mid.summary.rows.deals).toBe(3_000);
  });
});

describe('seedDatabase: the write path', () => {
  it('gives every seeded row one message per column except id, updated_at and derived columns', () => {
    for (const table of SEEDED_TABLES) {
      const derived = derivedColumnNames(table);
      const columns = (small.backend.db.sqlite.pragma(`table_info(${table})`) as { name: string }[]).filter(
        (column) => column.name !== 'id' && column.name !== 'updated_at' && !derived.has(column.name),
      ).length;
      const rows = one<number>(small, `SELECT count(*) FROM "${table}"`);
      const messages = one<number>(small, 'SELECT count(*) FROM change_log WHERE tbl = ?', table);
      expect(messages, table).toBe(rows * columns);
      const missing = one<number>(
        small,
        `SELECT count(*) FROM "${table}" t WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.tbl = ? AND c.row_id = t.id)`,
        table,
      );
      expect(missing, table).toBe(0);
    }
  });

  it('logs exactly what ChangeWriter logs when the same rows are inserted through it, stamp for stamp', () => {
    // Replay every seeded row, in the order of its first message, through the app's own writer on a
    // clock that stands still at the seed's stamp time, starting from the same last stamp.
    const replay = createBackend({ dbPath: join(dir, 'replay.sqlite'), platform: 'test' });
    open.push(replay);
    const hlc = createHlcClock(small.deviceId, { now: () => Date.UTC(2026, 10, 20) }, small.lastHlcBefore);
    const source = small.backend.db.sqlite;
    const firsts = [...readDeviceMessagesAfter(small.backend.db, small.deviceId, small.lastHlcBefore ?? null)].map(
      (message) => ({ tbl: message.table as SyncedTable, row_id: message.rowId }),
    );
    const rowStatements = new Map(
      SEEDED_TABLES.map((table) => [table, source.prepare(`SELECT * FROM "${table}" WHERE id = ?`)]),
    );
    replay.db.sqlite.transaction(() => {
      let previous = '';
      for (const { tbl, row_id: rowId } of firsts) {
        if (`${tbl}/${rowId}` === previous) continue;
        previous = `${tbl}/${rowId}`;
        const row = rowStatements.get(tbl as (typeof SEEDED_TABLES)[number])?.get(rowId) as
          (RowValues & { id: string }) | undefined;
        if (!row) throw new Error(`no row ${previous}`);
        const actorColumn = SEED_ACTOR_COLUMNS[tbl];
        const actorId = actorColumn ? ((row[actorColumn] as string | null) ?? null) : null;
        createChangeWriter({ db: replay.db, hlc, actorId, now: 0 }).insert(tbl, row);
      }
    })();
    // Messages compared as read, cells value by value in their order, and stored byte for byte alike.
    const log = (db: typeof small.backend.db) =>
      [...readDeviceMessagesAfter(db, small.deviceId, small.lastHlcBefore ?? null)].map((message) => [
        message.hlc,
        message.device,
        message.actor,
        message.table,
        message.rowId,
        Object.entries(message.cells),
      ]);
    const expected = log(replay.db);
    expect(expected.length).toBe(small.summary.messages);
    expect(log(small.backend.db)).toEqual(expected);
    const packed = (sqlite: typeof source) =>
      sqlite.prepare('SELECT hex(cells) FROM change_msgs ORDER BY ms, ctr').pluck().all().slice(-200);
    expect(packed(source)).toEqual(packed(replay.db.sqlite));
  });

  it('dates generated history at the simulated time and lists it in the order it happened', async () => {
    const client = clientFor(small.backend);
    const dealIds = all<{ id: string }>(small, 'SELECT id FROM deals ORDER BY id LIMIT 60').map((row) => row.id);
    let checks = 0;
    for (const id of dealIds) {
      const { entries } = await timelineInOrder(client, id);
      const times = entries.map((entry) => entry.at);
      expect(times, id).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times), id).toBeLessThanOrEqual(WINDOW.end);
      const moves = all<{ at: number }>(small, 'SELECT at FROM stage_transitions WHERE deal_id = ? ORDER BY at', id);
      expect(entries.filter((entry) => entry.kind === 'created' || entry.kind === 'stage').map((e) => e.at)).toEqual(
        moves.map((move) => move.at),
      );
      checks += entries.filter((entry) => entry.kind === 'check').length;
    }
    expect(checks).toBeGreaterThan(0);
    const company = all<{ id: string; created_at: number }>(small, 'SELECT id, created_at FROM companies LIMIT 1')[0];
    const timeline = await timelineInOrder(client, company?.id ?? '', 'company');
    expect(timeline.entries.find((entry) => entry.kind === 'created' && entry.dealId === null)?.at).toBe(
      company?.created_at,
    );
  });

  it('leaves no foreign key dangling and a sound file, back in WAL with synchronous NORMAL', () => {
    for (const seeded of [small, mid]) {
      const sqlite = seeded.backend.db.sqlite;
      expect(sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('synchronous', { simple: true })).toBe(1);
      expect(seeded.summary.fastPragmas).toBe(true);
    }
  });

  it('refuses a database that already has deals, changing nothing', () => {
    const before = hashBusinessData(small.backend.db.sqlite);
    expect(() => seedDatabase(small.backend.db, { deals: 10, seed: 1, lang: 'ru', ...WINDOW })).toThrow(
      /already has 300 deals/,
    );
    expect(hashBusinessData(small.backend.db.sqlite)).toBe(before);
  });

  it('makes the seeded manager the current user and sets the language, currency and time zone', async () => {
    const settings = await mid.backend.dispatch('settings.get', {});
    expect(settings.ok).toBe(true);
    if (!settings.ok) return;
    const current = (settings.value as Record<string, unknown>)['user.currentId'];
    expect(one<string>(mid, 'SELECT role FROM users WHERE id = ?', current)).toBe('manager');
    expect(settings.value).toMatchObject({
      'ui.language': 'ru',
      'workspace.currency': 'RUB',
      'workspace.timeZone': 'Europe/Moscow',
    });
  });
});

describe('seedDatabase: a believable funnel', () => {
  const stageIndex = new Map(DEFAULT_STAGES.map((stage, index) => [stage.id, index]));
  const reachShares = (): number[] => {
    const rows = all<{ stages: string }>(
      mid,
      "SELECT group_concat(t.to_stage_id) AS stages FROM deals d JOIN stage_transitions t ON t.deal_id = d.id WHERE d.kind = 'new' GROUP BY d.id",
    );
    const reached = new Array<number>(DEFAULT_STAGES.length).fill(0);
    for (const row of rows) {
      const furthest = Math.max(...row.stages.split(',').map((id) => stageIndex.get(id) ?? 0));
      for (let index = 0; index <= furthest; index += 1) reached[index] = (reached[index] ?? 0) + 1;
    }
    return reached.map((count) => count / rows.length);
  };

  it('converts roughly 100 leads → 30 qualified → 15 proposals → 8 negotiations → 4 won', () => {
    const [lead, qualified, proposal, negotiation] = reachShares();
    expect(lead).toBe(1);
    expect(qualified).toBeGreaterThan(0.24);
    expect(qualified).toBeLessThan(0.36);
    expect(proposal).toBeGreaterThan(0.11);
    expect(proposal).toBeLessThan(0.19);
    expect(negotiation).toBeGreaterThan(0.055);
    expect(negotiation).toBeLessThan(0.105);
    const won = one<number>(mid, "SELECT avg(status = 'won') FROM deals WHERE kind = 'new'");
    expect(won).toBeGreaterThan(0.025);
    expect(won).toBeLessThan(0.055);
  });

  it('loses deals from every open stage with reasons, wins into Contract and Customer, keeps some open', () => {
    const lostAt = all<{ stage_id: string; n: number }>(
      mid,
      "SELECT stage_id, count(*) AS n FROM deals WHERE status = 'lost' GROUP BY stage_id",
    );
    for (const stage of DEFAULT_STAGES.slice(0, 5))
      expect(
        lostAt.map((row) => row.stage_id),
        stage.key,
      ).toContain(stage.id);
    expect(one<number>(mid, "SELECT count(*) FROM deals WHERE status = 'lost' AND loss_reason_id IS NULL")).toBe(0);
    const reasons = one<number>(mid, "SELECT count(DISTINCT loss_reason_id) FROM deals WHERE status = 'lost'");
    expect(reasons).toBe(DEFAULT_LOSS_REASONS.length);
    const wonIn = all<{ key: string }>(
      mid,
      "SELECT DISTINCT s.default_key AS key FROM deals d JOIN stages s ON s.id = d.stage_id WHERE d.status = 'won'",
    ).map((row) => row.key);
    expect(wonIn.sort()).toEqual(['contract', 'customer']);
    expect(one<number>(mid, "SELECT count(*) FROM deals WHERE status = 'open'")).toBeGreaterThan(50);
    expect(
      one<number>(mid, "SELECT count(*) FROM deals WHERE kind IN ('upsell', 'cross_sell', 'renewal')"),
    ).toBeGreaterThan(0);
  });

  it('records skips, regressions, and every status change as a transition', () => {
    const order = (id: string | null) => (id === null ? -1 : (stageIndex.get(id) ?? -1));
    const moves = all<{ from_stage_id: string; to_stage_id: string }>(
      mid,
      "SELECT from_stage_id, to_stage_id FROM stage_transitions WHERE from_status = 'open' AND to_status = 'open'",
    );
    expect(moves.some((move) => order(move.to_stage_id) - order(move.from_stage_id) >= 2)).toBe(true);
    expect(moves.some((move) => order(move.to_stage_id) < order(move.from_stage_id))).toBe(true);
    expect(
      one<number>(
        mid,
        "SELECT count(*) FROM deals d WHERE status <> 'open' AND NOT EXISTS (SELECT 1 FROM stage_transitions t WHERE t.deal_id = d.id AND t.to_status = d.status)",
      ),
    ).toBe(0);
    expect(
      one<number>(
        mid,
        'SELECT count(*) FROM deals d WHERE NOT EXISTS (SELECT 1 FROM stage_transitions t WHERE t.deal_id = d.id AND t.from_stage_id IS NULL)',
      ),
    ).toBe(0);
  });

  it('ticks required checklist items before each forward move, with some later taken back', () => {
    const untickedShare = one<number>(mid, 'SELECT avg(checked = 0) FROM deal_checks');
    expect(untickedShare).toBeGreaterThan(0);
    expect(untickedShare).toBeLessThan(0.1);
    // Every deal that reached Proposal had Qualification's four BANT items ticked at some point.
    const qualificationPoints = DEFAULT_STAGES[1]?.controlPoints.filter((point) => point.required).length ?? 0;
    const missing = one<number>(
      mid,
      `SELECT count(*) FROM deals d WHERE d.qualified_at IS NOT NULL AND d.kind = 'new' AND
        (SELECT count(*) FROM deal_checks c WHERE c.deal_id = d.id AND c.control_point_id IN (${DEFAULT_STAGES[1]?.controlPoints.map(() => '?').join(',')})) < ?`,
      ...(DEFAULT_STAGES[1]?.controlPoints.map((point) => point.id) ?? []),
      qualificationPoints,
    );
    expect(missing).toBe(0);
  });

  it('contacts new leads first with an outbound call or e-mail, and leaves some tasks overdue', () => {
    const firstTouches = all<{ direction: string | null; type: string }>(
      mid,
      `SELECT a.direction, a.type FROM deals d JOIN activities a ON a.id = (
         SELECT id FROM activities WHERE deal_id = d.id ORDER BY created_at, id LIMIT 1)
       WHERE d.kind = 'new'`,
    );
    const outbound = firstTouches.filter(
      (touch) => touch.direction === 'outbound' && ['call', 'email'].includes(touch.type),
    );
    expect(outbound.length / firstTouches.length).toBeGreaterThan(0.9);
    expect(
      one<number>(mid, 'SELECT count(*) FROM activities WHERE done_at IS NULL AND due_at < ?', WINDOW.end),
    ).toBeGreaterThan(0);
    expect(
      one<number>(mid, 'SELECT count(*) FROM activities WHERE done_at IS NULL AND due_at >= ?', WINDOW.end),
    ).toBeGreaterThan(0);
    const types = all<{ type: string }>(mid, 'SELECT DISTINCT type FROM activities')
      .map((row) => row.type)
      .sort();
    expect(types).toEqual(['call', 'demo', 'email', 'meeting', 'note', 'presentation', 'proposal', 'task']);
    expect(
      one<number>(
        mid,
        'SELECT count(*) FROM activities WHERE created_at >= ? OR created_at < ?',
        WINDOW.end,
        WINDOW.start - 30 * DAY,
      ),
    ).toBe(0);
  });

  it('turns won companies into customers, some churned, with NPS answers', () => {
    const statuses = all<{ status: string }>(mid, 'SELECT DISTINCT status FROM customers')
      .map((row) => row.status)
      .sort();
    expect(statuses).toEqual(['active', 'churned', 'onboarding']);
    expect(
      one<number>(
        mid,
        "SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM deals d WHERE d.company_id = c.id AND d.status = 'won')",
      ),
    ).toBe(0);
    expect(
      one<number>(
        mid,
        "SELECT count(*) FROM customers WHERE status = 'churned' AND (churned_at IS NULL OR churn_reason IS NULL)",
      ),
    ).toBe(0);
    expect(one<number>(mid, 'SELECT count(*) FROM nps_responses')).toBeGreaterThan(10);
    expect(one<number>(mid, 'SELECT count(*) FROM nps_responses WHERE score NOT BETWEEN 0 AND 10')).toBe(0);
  });

  it('books campaign costs per week with reach, and attributes leads to running campaigns', () => {
    expect(one<number>(mid, 'SELECT count(*) FROM campaign_costs WHERE period_end - period_start <> ?', 7 * DAY)).toBe(
      0,
    );
    expect(one<number>(mid, 'SELECT count(DISTINCT campaign_id) FROM campaign_costs')).toBeGreaterThan(5);
    expect(
      one<number>(
        mid,
        'SELECT count(*) FROM deals d JOIN campaigns c ON c.id = d.campaign_id WHERE d.source_id IS NOT c.source_id OR d.created_at < c.starts_at',
      ),
    ).toBe(0);
  });

  it('stores each campaign’s planned end, a Moscow midnight, not the moment the window ends', () => {
    // The app's sample ends its window now, mid-day: a campaign running then must not read
    // "finished" with today as its last day.
    const end = END + 13 * 3_600_000;
    const midday = seed('midday', { deals: 60, start: end - 13 * 7 * DAY, end });
    const ends = all<{ endsAt: number }>(midday, 'SELECT ends_at AS endsAt FROM campaigns WHERE ends_at IS NOT NULL');
    expect(ends.length).toBeGreaterThan(3);
    expect(ends.filter(({ endsAt }) => (endsAt + 3 * 3_600_000) % DAY !== 0)).toEqual([]);
    expect(ends.filter(({ endsAt }) => endsAt > end).length).toBeGreaterThan(0);
  });

  it('staffs about one rep per 400 deals under two managers', () => {
    expect(
      all<{ role: string; n: number }>(mid, 'SELECT role, count(*) AS n FROM users GROUP BY role ORDER BY role'),
    ).toEqual([
      { role: 'manager', n: 2 },
      { role: 'rep', n: 8 },
    ]);
    expect(one<number>(small, "SELECT count(*) FROM users WHERE role = 'rep'")).toBe(5);
  });
});

describe('seedDatabase: companies and people', () => {
  it('gives Russian companies valid INN, KPP and OGRN (or OGRNIP for sole traders) and ООО/АО names', () => {
    const companies = all<{ name: string; inn: string; kpp: string | null; ogrn: string }>(
      mid,
      'SELECT name, inn, kpp, ogrn FROM companies',
    );
    expect(companies.length).toBeGreaterThan(500);
    for (const company of companies) {
      expect(validateInn(company.inn), company.inn).toBe(true);
      if (company.inn.length === 10) {
        expect(company.kpp !== null && validateKpp(company.kpp), `${company.kpp}`).toBe(true);
        expect(company.kpp?.slice(0, 4)).toBe(company.inn.slice(0, 4));
        expect(validateOgrn(company.ogrn), company.ogrn).toBe(true);
        expect(company.name).toMatch(/^(ООО|АО|ПАО) «.+»$/);
      } else {
        expect(company.kpp).toBeNull();
        expect(validateOgrnip(company.ogrn), company.ogrn).toBe(true);
        expect(company.name).toMatch(/^ИП /);
      }
    }
    expect(one<number>(mid, 'SELECT count(DISTINCT inn) = count(*) FROM companies')).toBe(1);
  });

  it('leaves the deals’ unused ICP column empty: a deal’s fit is its company’s, derived from the profiles', () => {
    expect(one<number>(small, 'SELECT count(*) FROM deals WHERE icp_fit IS NOT NULL')).toBe(0);
  });

  it('gives contacts buyer-persona roles with matching titles', () => {
    const roles = all<{ role: string }>(mid, 'SELECT DISTINCT role FROM contacts')
      .map((row) => row.role)
      .sort();
    expect(roles).toEqual([
      'champion',
      'decision_maker',
      'economic_buyer',
      'gatekeeper',
      'influencer',
      'other',
      'user',
    ]);
    expect(
      one<number>(
        mid,
        "SELECT count(*) FROM contacts WHERE role = 'economic_buyer' AND job_title NOT IN ('Финансовый директор', 'Главный бухгалтер', 'Руководитель отдела закупок')",
      ),
    ).toBe(0);
    expect(
      one<number>(
        mid,
        'SELECT count(*) FROM deals d JOIN contacts c ON c.id = d.contact_id WHERE c.company_id <> d.company_id',
      ),
    ).toBe(0);
  });

  it('writes English companies, dollars and no Russian identifiers with --lang en', () => {
    const english = seed('english', { deals: 200, lang: 'en' });
    expect(
      one<number>(
        english,
        'SELECT count(*) FROM companies WHERE inn IS NOT NULL OR kpp IS NOT NULL OR ogrn IS NOT NULL',
      ),
    ).toBe(0);
    expect(one<number>(english, "SELECT count(*) FROM companies WHERE name GLOB '*[А-я]*'")).toBe(0);
    expect(all<{ currency: string }>(english, 'SELECT DISTINCT currency FROM deals')).toEqual([{ currency: 'USD' }]);
    expect(
      one<number>(english, "SELECT count(*) FROM companies WHERE name LIKE '% Inc.' OR name LIKE '% LLC'"),
    ).toBeGreaterThan(0);
  });
});
