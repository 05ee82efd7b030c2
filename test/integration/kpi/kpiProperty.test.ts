import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOSS_REASONS, DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import type { KpiReport } from '@shared/contract/schemas/kpi';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';
import type { SqlValue } from '../../../src-main/core/changes/ChangeWriter';
import { writeSyncMessage } from '../../../src-main/core/sync/changeLogStore';
import { requestFor } from '../../../src-main/core/modules/kpi/kpi.service';
import { loadKpiInput, loadStages } from '../../../src-main/core/modules/kpi/kpiInput.service';
import { computeKpis } from '@shared/domain/kpi/computeKpis';

/**
 * On random histories, the engine equals a slow reference written here with plain loops over
 * the transitions, independently of the engine's code. Times are in UTC (workspace zone UTC).
 */
const DAY = 86_400_000;
const HOUR = 3_600_000;
const WEEK_FROM = Date.UTC(2026, 10, 23); // 2026-W48, Monday
const WEEK_TO = WEEK_FROM + 7 * DAY;
const STEP_OF = DEFAULT_STAGES.map((stage) =>
  ['awareness', 'interest', 'consideration', 'intent', 'purchase', 'retention'].indexOf(stage.step),
);
const PROB_BP = DEFAULT_STAGES.map((stage) => Math.round(stage.probability * 10_000));
const ALL_POINT_COUNT = DEFAULT_STAGES.reduce((sum, stage) => sum + stage.controlPoints.length, 0);
const REQUIRED = DEFAULT_STAGES.map((stage) =>
  stage.controlPoints.filter((point) => point.required).map((point) => point.id),
);

type Event = { kind: 'move'; to: number } | { kind: 'won' } | { kind: 'lost'; reason: number } | { kind: 'reopen' };
type Tr = { from: number | null; to: number; fromStatus: string | null; toStatus: string; at: number; reason?: number };
type GenDeal = {
  createdAt: number;
  stage: number;
  owner: number;
  value: number;
  expected: number | null;
  events: { gapHours: number; event: Event }[];
  touchHours: number | null;
  deletedAfter: number | null;
  ticks: { point: number; hours: number }[];
};

const eventArb: fc.Arbitrary<Event> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 5 }).map((to) => ({ kind: 'move' as const, to })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'won' as const }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 7 }).map((reason) => ({ kind: 'lost' as const, reason })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reopen' as const }) },
);
const dealArb: fc.Arbitrary<GenDeal> = fc.record({
  createdAt: fc.integer({ min: WEEK_FROM - 14 * DAY, max: WEEK_TO + DAY }),
  stage: fc.integer({ min: 0, max: 5 }),
  owner: fc.integer({ min: 0, max: 1 }),
  value: fc.integer({ min: 0, max: 5_000_000 }),
  expected: fc.option(fc.integer({ min: WEEK_FROM, max: WEEK_FROM + 120 * DAY }), { nil: null }),
  events: fc.array(fc.record({ gapHours: fc.integer({ min: 1, max: 96 }), event: eventArb }), { maxLength: 7 }),
  touchHours: fc.option(fc.integer({ min: 0, max: 72 }), { nil: null }),
  deletedAfter: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
  // A few items at random, or (so that exits are often compliant) every item at once.
  ticks: fc.oneof(
    fc.array(
      fc.record({ point: fc.integer({ min: 0, max: ALL_POINT_COUNT - 1 }), hours: fc.integer({ min: 0, max: 300 }) }),
      { maxLength: 8 },
    ),
    fc
      .integer({ min: 0, max: 200 })
      .map((hours) => Array.from({ length: ALL_POINT_COUNT }, (_, point) => ({ point, hours }))),
  ),
});

/** Applies the generated events as the app would allow them (moves and closes only while open). */
const historyOf = (deal: GenDeal): Tr[] => {
  const list: Tr[] = [{ from: null, to: deal.stage, fromStatus: null, toStatus: 'open', at: deal.createdAt }];
  let stage = deal.stage;
  let status = 'open';
  let at = deal.createdAt;
  for (const { gapHours, event } of deal.events) {
    at += gapHours * HOUR;
    if (event.kind === 'move' && status === 'open' && event.to !== stage) {
      list.push({ from: stage, to: event.to, fromStatus: 'open', toStatus: 'open', at });
      stage = event.to;
    } else if ((event.kind === 'won' || event.kind === 'lost') && status === 'open') {
      list.push({
        from: stage,
        to: stage,
        fromStatus: 'open',
        toStatus: event.kind,
        at,
        ...(event.kind === 'lost' ? { reason: event.reason } : {}),
      });
      status = event.kind;
    } else if (event.kind === 'reopen' && status !== 'open') {
      list.push({ from: stage, to: stage, fromStatus: status, toStatus: 'open', at });
      status = 'open';
    }
  }
  return list;
};

const ALL_POINTS = DEFAULT_STAGES.flatMap((stage) => stage.controlPoints.map((point) => point.id));

/** The slow reference: one pass per figure over every deal's transitions. */
const reference = (deals: GenDeal[], asOf: number) => {
  const inP = (t: number | null) => t !== null && t >= WEEK_FROM && t < WEEK_TO && t <= asOf;
  const live = deals.filter(
    (d) => d.createdAt <= asOf && (d.deletedAfter === null || d.createdAt + d.deletedAfter * HOUR > asOf),
  );
  const entered = [0, 0, 0, 0, 0, 0];
  const converted = [0, 0, 0, 0, 0, 0];
  let created = 0;
  let qualified = 0;
  let won = 0;
  let wonValue = 0;
  let lost = 0;
  let lostValue = 0;
  const cycles: number[] = [];
  const stays: number[][] = [[], [], [], [], [], []];
  const touches: number[] = [];
  let slaDen = 0;
  let slaNum = 0;
  const reasons = new Map<number, number>();
  const forecast = new Map<string | null, { weighted: bigint; count: number }>();
  let gated = 0;
  let compliant = 0;
  for (const d of live) {
    const trs = historyOf(d).filter((t) => t.at <= asOf);
    const firstReach = (step: number): number | null => {
      for (const t of trs) {
        if (t.toStatus === 'open' && STEP_OF[t.to]! >= step) return t.at;
        if (t.toStatus === 'won' && step <= 4) return t.at;
      }
      return null;
    };
    for (let s = 0; s < 6; s += 1) {
      if (inP(firstReach(s))) {
        entered[s] = (entered[s] ?? 0) + 1;
        if (s < 5 && firstReach(s + 1) !== null) converted[s] = (converted[s] ?? 0) + 1;
      }
    }
    if (inP(d.createdAt)) {
      created += 1;
      if (firstReach(2) !== null) qualified += 1;
      if (d.touchHours !== null && d.createdAt + d.touchHours * HOUR <= asOf) touches.push(d.touchHours);
      const sla = DEFAULT_STAGES[d.stage]!.slaHours;
      if (sla !== null) {
        slaDen += 1;
        if (d.touchHours !== null && d.createdAt + d.touchHours * HOUR <= asOf && d.touchHours <= sla) slaNum += 1;
      }
    }
    const last = trs[trs.length - 1]!;
    if (last.toStatus === 'won' && inP(last.at)) {
      won += 1;
      wonValue += d.value;
      cycles.push((last.at - d.createdAt) / DAY);
    }
    if (last.toStatus === 'lost' && inP(last.at)) {
      lost += 1;
      lostValue += d.value;
      const reason = d.events.find((e) => e.event.kind === 'lost');
      // The reason on the row is the last loss's; the generator writes it below the same way.
      void reason;
    }
    // Stays: from entering (or reopening) to the next stage change or close.
    let enteredAt: number | null = null;
    let stage = -1;
    for (const t of trs) {
      if (t.toStatus === 'open' && t.fromStatus === 'open' && t.to !== stage) {
        if (enteredAt !== null && inP(t.at)) {
          stays[stage]!.push((t.at - enteredAt) / DAY);
          if (t.to > stage && REQUIRED[stage]!.length > 0) {
            gated += 1;
            if (REQUIRED[stage]!.every((p) => tickAt(d, p) !== null && tickAt(d, p)! <= t.at)) compliant += 1;
          }
        }
        stage = t.to;
        enteredAt = t.at;
      } else if (t.toStatus === 'open') {
        stage = t.to;
        enteredAt = t.at;
      } else {
        if (enteredAt !== null && inP(t.at)) {
          stays[stage]!.push((t.at - enteredAt) / DAY);
          if (t.toStatus === 'won' && REQUIRED[stage]!.length > 0) {
            gated += 1;
            if (REQUIRED[stage]!.every((p) => tickAt(d, p) !== null && tickAt(d, p)! <= t.at)) compliant += 1;
          }
        }
        enteredAt = null;
      }
    }
    if (last.toStatus === 'open') {
      const month = d.expected === null ? null : new Date(d.expected).toISOString().slice(0, 7);
      const entry = forecast.get(month) ?? { weighted: 0n, count: 0 };
      entry.weighted += BigInt(d.value) * BigInt(PROB_BP[last.to]!);
      entry.count += 1;
      forecast.set(month, entry);
    }
    if (last.toStatus === 'lost' && inP(last.at))
      reasons.set(lossReasonAt(d, last.at), (reasons.get(lossReasonAt(d, last.at)) ?? 0) + 1);
  }
  const med = (xs: number[]) => {
    if (xs.length === 0) return null;
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  const r2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
  return {
    entered,
    conversion: [0, 1, 2, 3, 4].map((s) => (entered[s] === 0 ? null : converted[s]! / entered[s]!)),
    leadToQualified: created === 0 ? null : qualified / created,
    winRate: won + lost === 0 ? null : won / (won + lost),
    won: { count: won, value: wonValue },
    lost: { count: lost, value: lostValue },
    salesCycleMedian: r2(med(cycles)),
    stays: stays.map((xs) => ({ median: r2(med(xs)), n: xs.length })),
    speedToLead: { median: r2(med(touches)), withinSla: slaDen === 0 ? null : slaNum / slaDen, n: touches.length },
    reasons: [...reasons.entries()].map(([reason, count]) => [DEFAULT_LOSS_REASONS[reason]!.key, count]).sort(),
    forecast: [...forecast.entries()]
      .map(([month, { weighted, count }]) => [month, Number((weighted + 5000n) / 10000n), count])
      .sort((a, b) => (a[0] === null ? 1 : b[0] === null ? -1 : String(a[0]) < String(b[0]) ? -1 : 1)),
    compliance: gated === 0 ? null : compliant / gated,
  };
};

const tickAt = (d: GenDeal, pointId: string): number | null => {
  const hits = d.ticks.filter((tick) => ALL_POINTS[tick.point] === pointId);
  if (hits.length === 0) return null;
  return d.createdAt + hits[hits.length - 1]!.hours * HOUR;
};

/** The reason given with the applied loss at `at`. */
const lossReasonAt = (d: GenDeal, at: number): number =>
  historyOf(d).find((t) => t.toStatus === 'lost' && t.at === at)?.reason ?? 0;

/** The loss reason the row carries: its last applied loss's. */
const lossReasonOf = (d: GenDeal): number =>
  historyOf(d)
    .filter((t) => t.toStatus === 'lost')
    .at(-1)?.reason ?? 0;

describe('KPI engine equals a slow reference on random histories', () => {
  let backend: TempBackend;
  const owners: string[] = [];
  const now = Date.UTC(2027, 0, 1);
  beforeAll(async () => {
    backend = createTempBackend({ clock: createTestClock(now) });
    await clientFor(backend).call('settings.set', { 'workspace.timeZone': 'UTC' });
    for (const name of ['A', 'B']) {
      const id = `01900000-0000-7000-8000-00000000000${owners.length + 1}`;
      backend.db.sqlite
        .prepare("INSERT INTO users (id, name, role, active, created_at, updated_at) VALUES (?, ?, 'rep', 1, 0, 0)")
        .run(id, name);
      owners.push(id);
    }
  });
  afterAll(() => backend.dispose());

  const load = (deals: GenDeal[]) => {
    const sql = backend.db.sqlite;
    sql.exec(
      'DELETE FROM activities; DELETE FROM deal_checks; DELETE FROM stage_transitions; DELETE FROM deals; DELETE FROM change_msgs WHERE tbl = 18;',
    );
    // The change-log messages the app writes for what the as-of rewind reads: the insert, each
    // loss reason set or cleared, the tombstone.
    let counter = 0;
    const log = (at: number, rowId: string, col: string, value: unknown) => {
      counter += 1;
      writeSyncMessage(backend.db, {
        hlc: `${new Date(at).toISOString()}-${counter.toString(16).padStart(4, '0')}-dev`,
        device: 'dev',
        actor: null,
        at: null,
        table: 'deals',
        rowId,
        cells: { [col]: value as SqlValue },
      });
    };
    const insertDeal =
      sql.prepare(`INSERT INTO deals (id, title, pipeline_id, stage_id, position, status, value_minor, currency,
      owner_id, expected_close_on, stage_entered_at, won_at, lost_at, loss_reason_id, created_at, updated_at, deleted_at)
      VALUES (?, ?, ?, ?, 'a0', ?, ?, 'RUB', ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertTr =
      sql.prepare(`INSERT INTO stage_transitions (id, deal_id, from_stage_id, to_stage_id, from_status, to_status, at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`);
    const insertTick =
      sql.prepare(`INSERT OR REPLACE INTO deal_checks (id, deal_id, control_point_id, checked, checked_at, created_at, updated_at)
      VALUES (?, ?, ?, 1, ?, 0, 0)`);
    const insertTouch =
      sql.prepare(`INSERT INTO activities (id, type, direction, subject, deal_id, owner_id, done_at, created_at, updated_at)
      VALUES (?, 'call', 'outbound', 'x', ?, ?, ?, ?, ?)`);
    deals.forEach((deal, index) => {
      const id = `01900000-0000-7000-8000-${(index + 100).toString(16).padStart(12, '0')}`;
      const trs = historyOf(deal);
      const last = trs[trs.length - 1]!;
      const entry = [...trs].reverse().find((t) => t.from !== t.to) ?? trs[0]!;
      const deletedAt = deal.deletedAfter === null ? null : deal.createdAt + deal.deletedAfter * HOUR;
      insertDeal.run(
        id,
        `D${index}`,
        DEFAULT_PIPELINE.id,
        DEFAULT_STAGES[last.to]!.id,
        last.toStatus,
        deal.value,
        owners[deal.owner],
        deal.expected === null ? null : new Date(deal.expected).toISOString().slice(0, 10),
        entry.at,
        last.toStatus === 'won' ? last.at : null,
        last.toStatus === 'lost' ? last.at : null,
        last.toStatus === 'lost' ? DEFAULT_LOSS_REASONS[lossReasonOf(deal)]!.id : null,
        deal.createdAt,
        Math.max(last.at, deletedAt ?? 0),
        deletedAt,
      );
      log(deal.createdAt, id, 'created_at', deal.createdAt);
      for (const t of trs) {
        if (t.toStatus === 'lost') log(t.at, id, 'loss_reason_id', DEFAULT_LOSS_REASONS[lossReasonAt(deal, t.at)]!.id);
        if (t.fromStatus === 'lost' && t.toStatus === 'open') log(t.at, id, 'loss_reason_id', null);
      }
      if (deletedAt !== null) log(deletedAt, id, 'deleted_at', deletedAt);
      trs.forEach((t, n) =>
        insertTr.run(
          `${id.slice(0, 24)}${(n + 1).toString(16).padStart(4, '0')}${id.slice(28)}`,
          id,
          t.from === null ? null : DEFAULT_STAGES[t.from]!.id,
          DEFAULT_STAGES[t.to]!.id,
          t.fromStatus,
          t.toStatus,
          t.at,
        ),
      );
      for (const tick of deal.ticks) {
        const point = ALL_POINTS[tick.point]!;
        insertTick.run(`${id}:${point}`, id, point, deal.createdAt + tick.hours * HOUR);
      }
      if (deal.touchHours !== null) {
        const at = deal.createdAt + deal.touchHours * HOUR;
        insertTouch.run(`${id.slice(0, 23)}a${id.slice(24)}`, id, owners[deal.owner], at, at, at);
      }
    });
  };

  it('on every figure it covers', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(dealArb, { minLength: 0, maxLength: 25 }),
        fc.integer({ min: WEEK_FROM - DAY, max: WEEK_TO + 2 * DAY }),
        async (deals, asOfRaw) => {
          load(deals);
          const asOf = Math.min(asOfRaw, WEEK_TO - 1);
          const envelope = await backend.dispatch('kpi.report', {
            period: { kind: 'week', week: '2026-W48' },
            asOf,
            compare: false,
          });
          if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
          const report = (envelope.value as { current: KpiReport }).current;
          // Whichever way the load reads the deals' transitions, ticks and touches (seeking each
          // deal, or scanning and dropping the others), the report is the same.
          const request = requestFor(backend.db, { period: { kind: 'week', week: '2026-W48' }, filters: {}, asOf }, now);
          for (const plan of ['seek', 'scan'] as const) {
            expect(computeKpis(loadKpiInput(backend.db, request, loadStages(backend.db), plan))).toEqual(report);
          }
          const expected = reference(deals, asOf);
          const steps = ['awareness', 'interest', 'consideration', 'intent', 'purchase', 'retention'] as const;
          expect(steps.map((step) => report.entered[step])).toEqual(expected.entered);
          expect(steps.slice(0, 5).map((step) => report.conversion[step])).toEqual(expected.conversion);
          expect(report.leadToQualified).toBe(expected.leadToQualified);
          expect(report.winRate).toBe(expected.winRate);
          expect(report.won).toEqual(expected.won);
          expect(report.lost).toEqual(expected.lost);
          expect(report.salesCycleDays.median).toBe(expected.salesCycleMedian);
          expect(
            DEFAULT_STAGES.map((stage) => ({
              median: report.timeInStageDays[stage.key]?.median,
              n: report.timeInStageDays[stage.key]?.n,
            })),
          ).toEqual(expected.stays);
          expect(report.speedToLeadHours).toEqual(expected.speedToLead);
          expect(report.lossReasons.map((row) => [row.defaultKey, row.count]).sort()).toEqual(expected.reasons);
          expect(report.forecast.map((row) => [row.month, row.weighted, row.count])).toEqual(expected.forecast);
          expect(report.compliance).toBe(expected.compliance);
        },
      ),
      { numRuns: 60, seed: 20261203 },
    );
  }, 120_000);
});
