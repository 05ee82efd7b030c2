import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, closeDatabase } from '../../../src-main/core/db/openDatabase';
import { KEPT_REPORTS_LIMIT, keptReport } from '../../../src-main/core/modules/kpi/keptReport';
import { requestFor } from '../../../src-main/core/modules/kpi/kpi.service';
import { createKpiKit, local, type KpiKit } from '../kpi/kpiTestKit';

/**
 * m0081 keeps reports of closed periods. Its triggers drop, in the transaction of each write, the
 * reports standing as of the write's floor or later (the earliest instant the written row counts
 * at) and leave earlier ones: each table the figures read is written here once below, once inside
 * and once above the kept reports' instants.
 */
const msk = local(3);
const W41 = { kind: 'week' as const, week: '2026-W41' };
const AFTER_W43 = msk(10, 26, 12); // Monday of W44: W41 to W43 are closed

const CAMPAIGN = '01900000-0000-7000-8000-00000000f003';

const kits: KpiKit[] = [];
afterEach(() => {
  for (const kit of kits.splice(0)) kit.dispose();
});

const kitOf = async (): Promise<KpiKit> => {
  const kit = await createKpiKit();
  kits.push(kit);
  return kit;
};

/** Three kept rows standing as of 1, 10 and 20 October (noon, Moscow), one of them by segment. */
const AS_OF = { early: msk(10, 1, 12), middle: msk(10, 10, 12), late: msk(10, 20, 12) };
const keepThree = (kit: KpiKit, segmentOf: keyof typeof AS_OF | null = null) => {
  kit.backend.db.sqlite.exec('DELETE FROM kpi_period_reports');
  const insert = kit.backend.db.sqlite.prepare(
    "INSERT INTO kpi_period_reports (key, as_of, by_segment, report, stored_at) VALUES (?, ?, ?, '{}', 0)",
  );
  for (const [key, asOf] of Object.entries(AS_OF)) insert.run(key, asOf, key === segmentOf ? 1 : 0);
};
const keptKeys = (kit: KpiKit): string[] =>
  kit.backend.db.sqlite.prepare('SELECT key FROM kpi_period_reports ORDER BY as_of').pluck().all() as string[];

describe('m0081 kpi_period_reports: the triggers', () => {
  it('a stage transition drops the reports standing as of its time or later', async () => {
    const kit = await kitOf();
    const deal = await kit.deal(msk(10, 2, 9), { title: 'A' });
    keepThree(kit);
    const sql = kit.backend.db.sqlite;
    sql.prepare('UPDATE stage_transitions SET at = ? WHERE deal_id = ?').run(msk(10, 15, 9), deal);
    expect(keptKeys(kit)).toEqual(['early']);
  });

  it('a deal written now drops the reports from its floor: its creation, first transition or activity', async () => {
    const kit = await kitOf();
    const deal = await kit.deal(msk(10, 5, 9), { title: 'A' });
    const sql = kit.backend.db.sqlite;
    keepThree(kit);
    kit.clock.set(AFTER_W43);
    // The deal's own time is 5 October: the report as of the 1st stands.
    sql.prepare("UPDATE deals SET title = 'B' WHERE id = ?").run(deal);
    expect(keptKeys(kit)).toEqual(['early']);
    // A call logged on the deal before it was created lowers its floor below the 1st.
    kit.activity({ type: 'call', deal, owner: kit.anna, doneAt: msk(9, 30, 9), createdAt: msk(10, 5, 9) });
    keepThree(kit);
    sql.prepare("UPDATE deals SET title = 'C' WHERE id = ?").run(deal);
    expect(keptKeys(kit)).toEqual([]);
  });

  it('a tick drops from its tick time, an untick too: a tick standing now counts from then on', async () => {
    const kit = await kitOf();
    const deal = await kit.deal(msk(9, 20, 9), { title: 'A' });
    const check = (checked: boolean) =>
      kit.client.call('deals.check', { dealId: deal, controlPointId: '00000000-0000-7000-8000-000000000300', checked });
    kit.clock.set(msk(10, 15, 9));
    keepThree(kit);
    await check(true);
    expect(keptKeys(kit)).toEqual(['early', 'middle']);
    kit.clock.set(AFTER_W43);
    keepThree(kit);
    await check(false);
    expect(keptKeys(kit)).toEqual(['early', 'middle']);
  });

  it('a deal’s change-log messages drop from the deal’s floor; other tables’ messages drop nothing', async () => {
    const kit = await kitOf();
    await kit.deal(msk(10, 5, 9), { title: 'A' });
    const sql = kit.backend.db.sqlite;
    keepThree(kit);
    sql.prepare('DELETE FROM change_msgs WHERE tbl != 18').run();
    expect(keptKeys(kit)).toEqual(['early', 'middle', 'late']);
    sql.prepare('DELETE FROM change_msgs WHERE tbl = 18').run();
    expect(keptKeys(kit)).toEqual(['early']);
  });

  it('activities, customers and NPS answers drop from the earliest of their times', async () => {
    const kit = await kitOf();
    const sql = kit.backend.db.sqlite;
    kit.activity({ type: 'call', owner: kit.anna, doneAt: msk(10, 15, 9), createdAt: msk(10, 16, 9) });
    keepThree(kit);
    sql.prepare("UPDATE activities SET subject = 'y'").run();
    expect(keptKeys(kit)).toEqual(['early', 'middle']);
    // Done later than it was planned: the due time is the floor.
    keepThree(kit);
    sql.prepare('UPDATE activities SET due_at = ?').run(msk(10, 8, 9));
    expect(keptKeys(kit)).toEqual(['early']);

    const company = kit.company('Альфа');
    keepThree(kit);
    sql
      .prepare("INSERT INTO customers (id, status, since_at, created_at, updated_at) VALUES (?, 'active', ?, ?, ?)")
      .run(company, msk(10, 12, 9), msk(10, 25, 9), msk(10, 25, 9));
    expect(keptKeys(kit)).toEqual(['early', 'middle']);
    keepThree(kit);
    sql
      .prepare(
        'INSERT INTO nps_responses (id, company_id, score, responded_at, created_at, updated_at) VALUES (?, ?, 9, ?, ?, ?)',
      )
      .run('01900000-0000-7000-8000-00000000e001', company, msk(10, 15, 9), msk(10, 21, 9), msk(10, 21, 9));
    expect(keptKeys(kit)).toEqual(['early', 'middle']);
  });

  it('a company write drops only the reports filtered by a company segment', async () => {
    const kit = await kitOf();
    keepThree(kit, 'early');
    kit.company('Альфа', 'SMB');
    expect(keptKeys(kit)).toEqual(['middle', 'late']);
  });

  it('names, stages, control points, campaigns and settings drop every report', async () => {
    const kit = await kitOf();
    const sql = kit.backend.db.sqlite;
    for (const write of [
      "UPDATE users SET name = name || '.'",
      "UPDATE stages SET name = 'x' WHERE id = (SELECT min(id) FROM stages)",
      'UPDATE control_points SET required = 1 - required WHERE id = (SELECT min(id) FROM control_points)',
      "UPDATE loss_reasons SET name = 'x' WHERE id = (SELECT min(id) FROM loss_reasons)",
      'UPDATE settings SET updated_at = updated_at + 1',
      "UPDATE pipelines SET name = 'x'",
      "INSERT INTO teams (id, name, created_at, updated_at) VALUES ('01900000-0000-7000-8000-00000000f001', 'T', 0, 0)",
      "INSERT INTO lead_sources (id, name, created_at, updated_at) VALUES ('01900000-0000-7000-8000-00000000f002', 'S', 0, 0)",
      `INSERT INTO campaigns (id, name, created_at, updated_at) VALUES ('${CAMPAIGN}', 'K', 0, 0)`,
      `INSERT INTO campaign_costs (id, campaign_id, period_start, period_end, amount_minor, currency, created_at, updated_at)
         VALUES ('01900000-0000-7000-8000-00000000f004', '${CAMPAIGN}', 0, 1, 100, 'RUB', 0, 0)`,
    ]) {
      keepThree(kit);
      sql.exec(write);
      expect(keptKeys(kit), write).toEqual([]);
    }
  });
});

describe('m0081 kpi_period_reports: kept reports', () => {
  it('keeps a closed week’s report and reads it back until a write reaches it', async () => {
    const kit = await kitOf();
    const deal = await kit.deal(msk(10, 6, 10), { title: 'A', value: 100_000 });
    await kit.win(deal, msk(10, 7, 10));
    kit.clock.set(AFTER_W43);
    const first = await kit.report({ period: W41, compare: false });
    expect(first.current.won.count).toBe(1);
    const sql = kit.backend.db.sqlite;
    // What is read back is the kept row, not a new computation.
    const row = sql.prepare('SELECT key, report FROM kpi_period_reports').get() as { key: string; report: string };
    sql
      .prepare('UPDATE kpi_period_reports SET report = ? WHERE key = ?')
      .run(row.report.replace('"won":{"count":1', '"won":{"count":7'), row.key);
    expect((await kit.report({ period: W41, compare: false })).current.won.count).toBe(7);
    // A call logged late, done in W41 on the deal, drops it: the next read computes the week again.
    kit.activity({ type: 'call', deal, owner: kit.anna, doneAt: msk(10, 8, 10), createdAt: AFTER_W43 });
    const again = await kit.report({ period: W41, compare: false });
    expect(again.current.won.count).toBe(1);
    expect(keptKeys(kit)).toHaveLength(1);
  });

  it('does not keep a report of the running period, nor one filtered by a saved segment', async () => {
    const kit = await kitOf();
    kit.clock.set(msk(10, 8, 10));
    await kit.report({ period: W41, compare: false });
    expect(keptKeys(kit)).toEqual([]);
    kit.clock.set(AFTER_W43);
    const segment = await kit.client.call('segments.create', {
      name: 'Все',
      rules: {},
    });
    await kit.report({ period: W41, compare: false, filters: { segmentId: segment.id } });
    expect(keptKeys(kit)).toEqual([]);
    await kit.report({ period: W41, compare: true });
    expect(keptKeys(kit)).toHaveLength(2);
  });

  it('keeps at most KEPT_REPORTS_LIMIT reports, the earliest kept going first', async () => {
    const kit = await kitOf();
    kit.clock.set(AFTER_W43);
    const asOfs = Array.from({ length: KEPT_REPORTS_LIMIT + 3 }, (_, index) => msk(10, 5, 0) + index * 60_000);
    for (const asOf of asOfs) {
      kit.clock.advance(1000);
      await kit.report({ period: W41, compare: false, asOf });
    }
    const kept = kit.backend.db.sqlite.prepare('SELECT as_of FROM kpi_period_reports ORDER BY as_of').pluck().all();
    expect(kept).toEqual(asOfs.slice(3));
  });

  /** The kit's file after W43, its W41 request, and a second connection (another process) on it. */
  const withAnotherConnection = async (
    work: (kit: KpiKit, request: ReturnType<typeof requestFor>, other: ReturnType<typeof openDatabase>) => void,
  ) => {
    const kit = await kitOf();
    kit.clock.set(AFTER_W43);
    const other = openDatabase(kit.backend.db.path);
    try {
      work(kit, requestFor(kit.backend.db, { period: W41, filters: {} }, AFTER_W43), other);
    } finally {
      closeDatabase(other);
    }
  };

  it('returns a computation unkept when another connection wrote meanwhile', () =>
    withAnotherConnection((kit, request, other) => {
      const db = kit.backend.db;
      const value = keptReport(db, request, AFTER_W43, 'test', () => {
        // The computation has read its snapshot; another process commits a write before the keep.
        db.sqlite.prepare('SELECT count(*) FROM deals').get();
        other.sqlite.prepare('UPDATE settings SET updated_at = updated_at + 1').run();
        return { computed: true };
      });
      expect(value).toEqual({ computed: true });
      expect(keptKeys(kit)).toEqual([]);
    }));

  it('returns a part unkept inside a longer read another connection wrote behind, and the read goes on', () =>
    // The analytics overview reads the trend, then keeps the previous period's figures, in one
    // transaction: a commit by another process in between leaves that part unkept, nothing else.
    withAnotherConnection((kit, request, other) => {
      const db = kit.backend.db;
      const result = db.inTransaction(() => {
        const before = db.sqlite.prepare('SELECT count(*) FROM deals').pluck().get();
        other.sqlite.prepare('UPDATE settings SET updated_at = updated_at + 1').run();
        const part = keptReport(db, request, AFTER_W43, 'test', () => ({ computed: true }));
        return { part, after: db.sqlite.prepare('SELECT count(*) FROM deals').pluck().get(), before };
      });
      expect(result.part).toEqual({ computed: true });
      expect(result.after).toBe(result.before);
      expect(keptKeys(kit)).toEqual([]);
      // Out of that transaction, the same part is kept.
      keptReport(db, request, AFTER_W43, 'test', () => ({ computed: true }));
      expect(keptKeys(kit)).toHaveLength(1);
    }));
});
