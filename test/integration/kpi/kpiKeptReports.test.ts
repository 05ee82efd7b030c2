import fc from 'fast-check';
import { DEFAULT_LOSS_REASONS, DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { computeKpis } from '@shared/domain/kpi/computeKpis';
import type { KpiFilters } from '@shared/contract/schemas/kpi';
import type { KpiPeriod } from '@shared/domain/kpi/KpiPeriod';
import { previousPeriod } from '@shared/domain/kpi/previousPeriod';
import { afterEach, describe, expect, it } from 'vitest';
import { analyticsOverview } from '../../../src-main/core/modules/analytics/analytics.service';
import { kpiReport, requestFor } from '../../../src-main/core/modules/kpi/kpi.service';
import { loadKpiInput, loadStages } from '../../../src-main/core/modules/kpi/kpiInput.service';
import { createTempBackend, createTestClock, type TempBackend, type TestClock } from '../../helpers/tempBackend';
import { syncTo } from '../../helpers/syncPeers';

/**
 * Reports of closed periods are kept (m0081) and read back until a write could change them. On
 * histories written over four weeks on two devices (a manager's laptop, and a rep's that syncs
 * only now and then, so its week arrives late), with edits of every kind the figures read, each
 * report the manager asks for equals the report computed afresh from the file: a kept report
 * that a write should have dropped would differ.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 9, 5, 6); // Monday of 2026-W41, 09:00 in Moscow
const WEEKS = ['2026-W41', '2026-W42', '2026-W43', '2026-W44'];
const STAGE_IDS = DEFAULT_STAGES.map((stage) => stage.id);
const POINT_IDS = DEFAULT_STAGES.flatMap((stage) => stage.controlPoints.map((point) => point.id));
const OWNERS = ['01900000-0000-7000-8000-0000000000a0', '01900000-0000-7000-8000-0000000000a1'];
const SEGMENTS = ['SMB', 'Enterprise'];

type Device = 0 | 1;
type Op =
  | { kind: 'create'; owner: number; company: boolean }
  | { kind: 'move'; pick: number; stage: number }
  | { kind: 'win'; pick: number }
  | { kind: 'lose'; pick: number; reason: number }
  | { kind: 'reopen'; pick: number }
  | { kind: 'edit'; pick: number; value: number; owner: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'restore'; pick: number }
  | { kind: 'tick'; pick: number; point: number; checked: boolean }
  | { kind: 'activity'; pick: number; owner: number; daysBack: number }
  | { kind: 'segment'; pick: number; segment: number }
  | { kind: 'stageName'; stage: number }
  | { kind: 'backdate'; pick: number; daysBack: number }
  | { kind: 'retype'; pick: number; owner: number }
  | { kind: 'unlog'; pick: number }
  | { kind: 'unlogged'; pick: number; owner: number };

const opKinds: Op['kind'][] = [
  'create',
  'move',
  'win',
  'lose',
  'reopen',
  'edit',
  'delete',
  'restore',
  'tick',
  'activity',
  'segment',
  'stageName',
  'backdate',
  'retype',
  'unlog',
  'unlogged',
];

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      owner: fc.nat(1),
      company: fc.boolean(),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), stage: fc.nat(5) }) },
  fc.record({ kind: fc.constant('win' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('lose' as const), pick: fc.nat(), reason: fc.nat(3) }),
  fc.record({ kind: fc.constant('reopen' as const), pick: fc.nat() }),
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), value: fc.nat(9), owner: fc.nat(1) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('restore' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('tick' as const),
      pick: fc.nat(),
      point: fc.nat(POINT_IDS.length - 1),
      checked: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('activity' as const),
      pick: fc.nat(),
      owner: fc.nat(1),
      daysBack: fc.nat(20),
    }),
  },
  fc.record({ kind: fc.constant('segment' as const), pick: fc.nat(), segment: fc.nat(1) }),
  fc.record({ kind: fc.constant('stageName' as const), stage: fc.nat(5) }),
  fc.record({ kind: fc.constant('backdate' as const), pick: fc.nat(), daysBack: fc.nat(20) }),
  fc.record({ kind: fc.constant('retype' as const), pick: fc.nat(), owner: fc.nat(1) }),
  fc.record({ kind: fc.constant('unlog' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('unlogged' as const), pick: fc.nat(), owner: fc.nat(1) }),
);

/** A step of the story: a write on a device, a sync between the two, or the manager reading reports. */
type Step =
  | { kind: 'write'; device: Device; op: Op; hours: number }
  | { kind: 'sync'; from: Device }
  | { kind: 'read'; hours: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('write' as const),
      device: fc.constantFrom<Device>(0, 1),
      op: opArb,
      hours: fc.integer({ min: 1, max: 30 }),
    }),
  },
  fc.record({ kind: fc.constant('sync' as const), from: fc.constantFrom<Device>(0, 1) }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('read' as const), hours: fc.integer({ min: 0, max: 6 }) }) },
);

const FILTERS: KpiFilters[] = [{}, { ownerId: OWNERS[0] }, { segment: SEGMENTS[0] }];

/** `work` with no kept report to read (inside a savepoint rolled back after). */
const computedAfresh = <T>(db: TempBackend['db'], work: () => T): T => {
  db.sqlite.exec('SAVEPOINT afresh');
  try {
    db.sqlite.exec('DELETE FROM kpi_period_reports');
    return work();
  } finally {
    db.sqlite.exec('ROLLBACK TO afresh');
    db.sqlite.exec('RELEASE afresh');
  }
};

const pickOf = (ids: readonly string[], pick: number): string => ids[pick % Math.max(1, ids.length)] ?? '';

/** Ticks the required items of the deal's stage and of every stage it skips on the way to `to`. */
const tickUpTo = async (backend: TempBackend, id: string, to: number): Promise<void> => {
  const stageId = backend.db.sqlite.prepare('SELECT stage_id FROM deals WHERE id = ?').pluck().get(id);
  for (let rank = Math.max(0, STAGE_IDS.indexOf(stageId as string)); rank < to; rank += 1) {
    for (const point of DEFAULT_STAGES[rank]?.controlPoints ?? []) {
      if (point.required)
        await backend.dispatch('deals.check', { dealId: id, controlPointId: point.id, checked: true });
    }
  }
};

/** Writes `op` on a device; says whether the core took it (a refused write is part of the story too). */
const apply = async (backend: TempBackend, clock: TestClock, op: Op): Promise<boolean> => {
  const all = (query: string) => backend.db.sqlite.prepare(query).pluck().all() as string[];
  const live = all('SELECT id FROM deals WHERE deleted_at IS NULL ORDER BY id');
  const id = 'pick' in op ? pickOf(live, op.pick) : '';
  const ok = async (envelope: Promise<{ ok: boolean }>) => (await envelope).ok;
  switch (op.kind) {
    case 'create': {
      const companies = all('SELECT id FROM companies WHERE deleted_at IS NULL ORDER BY id');
      const company = op.company
        ? await backend.dispatch('companies.create', { name: `C${companies.length}`, segment: SEGMENTS[0] })
        : null;
      return ok(
        backend.dispatch('deals.create', {
          title: `D${live.length}`,
          pipelineId: DEFAULT_PIPELINE.id,
          stageId: STAGE_IDS[0],
          ownerId: OWNERS[op.owner],
          valueMinor: 1000 * (live.length + 1),
          ...(company?.ok ? { companyId: (company.value as { id: string }).id } : {}),
        }),
      );
    }
    case 'move':
      await tickUpTo(backend, id, op.stage);
      return ok(backend.dispatch('deals.move', { id, toStageId: STAGE_IDS[op.stage] }));
    case 'win':
      await tickUpTo(backend, id, STAGE_IDS.length - 1);
      return ok(backend.dispatch('deals.win', { id }));
    case 'lose':
      return ok(backend.dispatch('deals.lose', { id, lossReasonId: DEFAULT_LOSS_REASONS[op.reason]?.id }));
    case 'reopen':
      return ok(backend.dispatch('deals.reopen', { id }));
    case 'edit':
      return ok(
        backend.dispatch('deals.update', {
          id,
          patch: { valueMinor: 500 * (op.value + 1), ownerId: OWNERS[op.owner] },
        }),
      );
    case 'delete':
      return ok(backend.dispatch('deals.delete', { id }));
    case 'restore':
      return ok(
        backend.dispatch('deals.restore', {
          id: pickOf(all('SELECT id FROM deals WHERE deleted_at IS NOT NULL ORDER BY id'), op.pick),
        }),
      );
    case 'tick':
      return ok(
        backend.dispatch('deals.check', {
          dealId: id,
          controlPointId: POINT_IDS[op.point] ?? '',
          checked: op.checked,
        }),
      );
    case 'activity':
      // A call logged late: done days ago, written now.
      return ok(
        backend.dispatch('activities.log', {
          type: 'call',
          direction: 'outbound',
          dealId: id,
          ownerId: OWNERS[op.owner],
          subject: 'call',
          doneAt: clock.now() - op.daysBack * DAY,
        }),
      );
    case 'segment':
      return ok(
        backend.dispatch('companies.update', {
          id: pickOf(all('SELECT id FROM companies ORDER BY id'), op.pick),
          patch: { segment: SEGMENTS[op.segment] ?? null },
        }),
      );
    case 'stageName': {
      const stage = STAGE_IDS[op.stage] ?? '';
      return ok(backend.dispatch('stages.update', { id: stage, patch: { name: `Stage ${clock.now()}` } }));
    }
    case 'retype': {
      // A call logged weeks ago turns out to have been a meeting, by the other rep.
      const activity = pickOf(all('SELECT id FROM activities WHERE deleted_at IS NULL ORDER BY id'), op.pick);
      return ok(
        backend.dispatch('activities.update', { id: activity, patch: { type: 'meeting', ownerId: OWNERS[op.owner] } }),
      );
    }
    case 'unlog':
      return ok(
        backend.dispatch('activities.delete', {
          id: pickOf(all('SELECT id FROM activities WHERE deleted_at IS NULL ORDER BY id'), op.pick),
        }),
      );
    case 'unlogged':
      // A deal row written with no message in the change log (a hub's row drop, a bulk load).
      backend.db.sqlite.prepare('UPDATE deals SET owner_id = ? WHERE id = ?').run(OWNERS[op.owner], id);
      return id !== '';
    case 'backdate':
      // A write no procedure makes (a repair, a peer's import): a transition moved into the past.
      backend.db.sqlite
        .prepare(
          'UPDATE stage_transitions SET at = at - ? WHERE id = (SELECT id FROM stage_transitions WHERE deal_id = ? ORDER BY at DESC LIMIT 1)',
        )
        .run(op.daysBack * DAY, id);
      return true;
  }
};

describe('kept reports of closed periods (m0081)', () => {
  const backends: TempBackend[] = [];
  afterEach(() => {
    for (const backend of backends.splice(0)) backend.dispose();
  });

  const setUp = (clock: TestClock): [TempBackend, TempBackend] => {
    const pair: [TempBackend, TempBackend] = [createTempBackend({ clock }), createTempBackend({ clock })];
    backends.push(...pair);
    for (const backend of pair) {
      for (const [index, id] of OWNERS.entries()) {
        backend.db.sqlite
          .prepare("INSERT INTO users (id, name, role, active, created_at, updated_at) VALUES (?, ?, 'rep', 1, 0, 0)")
          .run(id, `u${index}`);
      }
    }
    return pair;
  };

  it('equal the report computed afresh, whatever was written since and by whichever path', async () => {
    let kept = 0;
    const taken = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 40, maxLength: 80 }), async (steps) => {
        const clock = createTestClock(T0);
        const devices = setUp(clock);
        const manager = devices[0];
        const db = manager.db;
        const read = (hours: number) => {
          const now = clock.now() + hours * HOUR;
          const stages = loadStages(db);
          for (const week of WEEKS) {
            for (const filters of FILTERS) {
              const period: KpiPeriod = { kind: 'week', week };
              const afresh = (of: KpiPeriod) =>
                computeKpis(loadKpiInput(db, requestFor(db, { period: of, filters }, now), stages));
              const report = kpiReport(db, { period, filters, compare: true }, now);
              expect(report.current).toEqual(afresh(period));
              expect(report.previous).toEqual(afresh(previousPeriod(period, 'Europe/Moscow')));
            }
            const overview = { period: { kind: 'week' as const, week }, filters: {} };
            expect(analyticsOverview(db, overview, now)).toEqual(
              computedAfresh(db, () => analyticsOverview(db, overview, now)),
            );
          }
          kept = Math.max(kept, db.sqlite.prepare('SELECT count(*) FROM kpi_period_reports').pluck().get() as number);
        };
        for (const step of steps) {
          if (step.kind === 'write') {
            clock.advance(step.hours * HOUR);
            if (await apply(devices[step.device], clock, step.op)) {
              taken.set(step.op.kind, (taken.get(step.op.kind) ?? 0) + 1);
            }
          } else if (step.kind === 'sync') {
            await syncTo(devices[step.from], devices[step.from === 0 ? 1 : 0]);
          } else {
            read(step.hours);
          }
        }
        await syncTo(devices[1], manager);
        read(0);
        read(30 * 24);
      }),
      { numRuns: 20, seed: 20261207 },
    );
    // The property is about kept reports: some must have been kept and read back, over stories
    // where every kind of write was taken.
    expect(kept).toBeGreaterThan(0);
    expect([...taken.keys()].sort()).toEqual([...new Set(opKinds)].sort());
    expect(Math.min(...taken.values())).toBeGreaterThanOrEqual(5);
  }, 600_000);
});
