import fc from 'fast-check';
import { DEFAULT_LOSS_REASONS, DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { computeKpis } from '@shared/domain/kpi/computeKpis';
import { funnelCounts } from '@shared/domain/kpi/funnelCounts';
import { createKpiContext } from '@shared/domain/kpi/KpiContext';
import { speedToLeadBuckets } from '@shared/domain/kpi/speedToLeadBuckets';
import { localDateOf, previousPeriod } from '@shared/domain/kpi/previousPeriod';
import { afterEach, describe, expect, it } from 'vitest';
import { analyticsOverview } from '../../../src-main/core/modules/analytics/analytics.service';
import { inputFor, kpiReport, requestFor } from '../../../src-main/core/modules/kpi/kpi.service';
import { loadKpiInput, loadStages, narrowKpiInput } from '../../../src-main/core/modules/kpi/kpiInput.service';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';

/**
 * `narrowKpiInput` (the analytics page's period cut out of its trend's load, as of the same
 * instant) against `loadKpiInput` of the period itself, on random histories written through the
 * app and as a merge or a hub drop writes transitions.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 9, 5, 9);
const STAGE_IDS = DEFAULT_STAGES.map((stage) => stage.id);

type Op =
  | { kind: 'create'; stage: number; owner: number }
  | { kind: 'move'; pick: number; stage: number }
  | { kind: 'win'; pick: number }
  | { kind: 'lose'; pick: number; reason: number }
  | { kind: 'reopen'; pick: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'dropTransition'; pick: number }
  | { kind: 'shiftTransition'; pick: number; hours: number }
  | { kind: 'stageStep'; stage: number; step: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('create' as const), stage: fc.nat(5), owner: fc.nat(1) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), stage: fc.nat(5) }) },
  fc.record({ kind: fc.constant('win' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('lose' as const), pick: fc.nat(), reason: fc.nat(3) }),
  fc.record({ kind: fc.constant('reopen' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('dropTransition' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('shiftTransition' as const), pick: fc.nat(), hours: fc.integer({ min: -30, max: 30 }) }),
  fc.record({ kind: fc.constant('stageStep' as const), stage: fc.nat(5), step: fc.nat(5) }),
);

const STEPS = ['awareness', 'interest', 'consideration', 'intent', 'purchase', 'retention'];

describe('a period cut out of a wider load', () => {
  const backends: TempBackend[] = [];
  afterEach(() => {
    for (const backend of backends.splice(0)) backend.dispose();
  });
  const device = (start = T0) => {
    const clock = createTestClock(start);
    const backend = createTempBackend({ clock });
    backends.push(backend);
    return { backend, client: clientFor(backend), clock };
  };

  /** App writes (failures such as a gate are part of the game), and raw writes as a merge or a hub drop makes them. */
  const apply = async (d: ReturnType<typeof device>, op: Op, owners: string[]) => {
    const db = d.backend.db.sqlite;
    const deals = db.prepare('SELECT id FROM deals WHERE deleted_at IS NULL ORDER BY id').pluck().all() as string[];
    const pick = (n: number) => deals[n % Math.max(1, deals.length)] ?? '';
    d.clock.advance(1 + (op.kind.length % 7) * HOUR);
    switch (op.kind) {
      case 'create':
        await d.backend.dispatch('deals.create', {
          title: `D${deals.length}`,
          pipelineId: DEFAULT_PIPELINE.id,
          stageId: STAGE_IDS[op.stage],
          ownerId: owners[op.owner],
          valueMinor: 1000 * (deals.length + 1),
        });
        return;
      case 'move':
        await d.backend.dispatch('deals.move', { id: pick(op.pick), toStageId: STAGE_IDS[op.stage] });
        return;
      case 'win':
        await d.backend.dispatch('deals.win', { id: pick(op.pick) });
        return;
      case 'lose':
        await d.backend.dispatch('deals.lose', { id: pick(op.pick), lossReasonId: DEFAULT_LOSS_REASONS[op.reason]?.id });
        return;
      case 'reopen':
        await d.backend.dispatch('deals.reopen', { id: pick(op.pick) });
        return;
      case 'delete':
        await d.backend.dispatch('deals.delete', { id: pick(op.pick) });
        return;
      case 'dropTransition': {
        const ids = db.prepare('SELECT id FROM stage_transitions ORDER BY id').pluck().all() as string[];
        db.prepare('DELETE FROM stage_transitions WHERE id = ?').run(ids[op.pick % Math.max(1, ids.length)] ?? '');
        return;
      }
      case 'shiftTransition': {
        const ids = db.prepare('SELECT id FROM stage_transitions ORDER BY id').pluck().all() as string[];
        db.prepare('UPDATE stage_transitions SET at = at + ? WHERE id = ?').run(
          op.hours * HOUR,
          ids[op.pick % Math.max(1, ids.length)] ?? '',
        );
        return;
      }
      case 'stageStep':
        db.prepare('UPDATE stages SET funnel_step = ? WHERE id = ?').run(STEPS[op.step], STAGE_IDS[op.stage]);
        return;
    }
  };

  const addOwners = (backend: TempBackend): string[] =>
    ['u1', 'u2'].map((name, index) => {
      const id = `01900000-0000-7000-8000-0000000000a${index}`;
      backend.db.sqlite
        .prepare("INSERT INTO users (id, name, role, active, created_at, updated_at) VALUES (?, ?, 'rep', 1, 0, 0)")
        .run(id, name);
      return id;
    });

  it('equals its own load after app writes, raw transition edits and stage step changes, for random windows, as-of times and filters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 10, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(24 * 12), fc.nat(24 * 12), fc.nat(24 * 14), fc.nat(3)), { minLength: 1, maxLength: 3 }),
        async (ops, windows) => {
          const d = device();
          const owners = addOwners(d.backend);
          for (const op of ops) {
            await apply(d, op, owners);
          }
          const db = d.backend.db;
          const now = d.clock.now();
          for (const [a, b, asOfHours, filter] of windows) {
            const from = localDateOf(T0 - 2 * DAY + Math.min(a, b) * HOUR, 'Europe/Moscow');
            const to = localDateOf(T0 - 2 * DAY + Math.max(a, b) * HOUR, 'Europe/Moscow');
            const filters = [{}, { ownerId: owners[0] }, { pipelineId: DEFAULT_PIPELINE.id }, { ownerId: owners[1] }][filter] ?? {};
            const request = { period: { kind: 'custom' as const, from, to }, filters, asOf: T0 + asOfHours * HOUR, compare: true };
            // A period cut out of a wider load as of the same instant equals its own load.
            const narrow = requestFor(db, request, now);
            const wideScope = {
              period: { kind: 'custom' as const, from: localDateOf(narrow.range.from - 3 * DAY, 'Europe/Moscow'), to },
              filters,
              asOf: narrow.asOf,
            };
            const stages = loadStages(db);
            const wide = inputFor(db, wideScope, now, stages);
            expect(wide.asOf).toBe(narrow.asOf);
            expect(computeKpis(narrowKpiInput(db, wide, narrow))).toEqual(computeKpis(loadKpiInput(db, narrow, stages)));
            // The report's previous period, loaded with the transitions the current one read, equals
            // its own load; so does the analytics page's, which borrows the trend's.
            const previousScope = { ...request, period: previousPeriod(request.period, 'Europe/Moscow') };
            const previousOwn = computeKpis(loadKpiInput(db, requestFor(db, previousScope, now), stages));
            expect(kpiReport(db, request, now).previous).toEqual(previousOwn);
            expect(analyticsOverview(db, request, now).previous.report).toEqual(previousOwn);
            // Seeking the deals one by one and scanning for them read the same input.
            expect(loadKpiInput(db, narrow, stages, 'scan')).toEqual(loadKpiInput(db, narrow, stages, 'seek'));
            // The analytics page cuts its period out of the trend's load: the same report as a load of its own.
            const overview = analyticsOverview(db, request, now);
            const own = createKpiContext(loadKpiInput(db, narrow, stages));
            expect(overview.current.report).toEqual(computeKpis(own.input, own));
            expect(overview.current.funnel).toEqual(funnelCounts(own));
            expect(overview.current.speedToLead).toEqual(speedToLeadBuckets(own));
          }
          d.backend.dispose();
          backends.splice(backends.indexOf(d.backend), 1);
        },
      ),
      { numRuns: 25, seed: 20261206 },
    );
  }, 600_000);
});
