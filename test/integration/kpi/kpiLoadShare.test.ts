import fc from 'fast-check';
import { DEFAULT_LOSS_REASONS, DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { computeKpis } from '@shared/domain/kpi/computeKpis';
import type { KpiPeriod } from '@shared/domain/kpi/KpiPeriod';
import { previousPeriod } from '@shared/domain/kpi/previousPeriod';
import { afterEach, describe, expect, it } from 'vitest';
import { kpiReport, requestFor } from '../../../src-main/core/modules/kpi/kpi.service';
import { loadKpiInput, loadStages } from '../../../src-main/core/modules/kpi/kpiInput.service';
import { createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';

/**
 * The weekly report loads its week, then the week before borrowing what the first load read
 * (`KpiLoadShare`): among the deals written after the earlier as-of time, those the first load read
 * as untouched and active in its week are not read again. On histories written through the app
 * over three weeks (moves, closes, edits without a move, deletions), each week's report equals the
 * week loaded on its own.
 */
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 9, 5, 6); // Monday of 2026-W41, 09:00 in Moscow
const STAGE_IDS = DEFAULT_STAGES.map((stage) => stage.id);

type Op =
  | { kind: 'create'; stage: number; owner: number }
  | { kind: 'move'; pick: number; stage: number }
  | { kind: 'win'; pick: number }
  | { kind: 'lose'; pick: number; reason: number }
  | { kind: 'reopen'; pick: number }
  | { kind: 'edit'; pick: number; value: number; owner: number }
  | { kind: 'delete'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('create' as const), stage: fc.nat(5), owner: fc.nat(1) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), stage: fc.nat(5) }) },
  fc.record({ kind: fc.constant('win' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('lose' as const), pick: fc.nat(), reason: fc.nat(3) }),
  fc.record({ kind: fc.constant('reopen' as const), pick: fc.nat() }),
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), value: fc.nat(9), owner: fc.nat(1) }),
  },
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
);

const OWNERS = ['01900000-0000-7000-8000-0000000000a0', '01900000-0000-7000-8000-0000000000a1'];

describe('the previous week borrowing the current week’s load', () => {
  const backends: TempBackend[] = [];
  afterEach(() => {
    for (const backend of backends.splice(0)) backend.dispose();
  });

  const apply = async (backend: TempBackend, op: Op) => {
    const deals = backend.db.sqlite
      .prepare('SELECT id FROM deals WHERE deleted_at IS NULL ORDER BY id')
      .pluck()
      .all() as string[];
    const id = 'pick' in op ? (deals[op.pick % Math.max(1, deals.length)] ?? '') : '';
    switch (op.kind) {
      case 'create':
        await backend.dispatch('deals.create', {
          title: `D${deals.length}`,
          pipelineId: DEFAULT_PIPELINE.id,
          stageId: STAGE_IDS[op.stage],
          ownerId: OWNERS[op.owner],
          valueMinor: 1000 * (deals.length + 1),
        });
        return;
      case 'move':
        await backend.dispatch('deals.move', { id, toStageId: STAGE_IDS[op.stage] });
        return;
      case 'win':
        await backend.dispatch('deals.win', { id });
        return;
      case 'lose':
        await backend.dispatch('deals.lose', { id, lossReasonId: DEFAULT_LOSS_REASONS[op.reason]?.id });
        return;
      case 'reopen':
        await backend.dispatch('deals.reopen', { id });
        return;
      case 'edit':
        await backend.dispatch('deals.update', {
          id,
          patch: { valueMinor: 500 * (op.value + 1), ownerId: OWNERS[op.owner] },
        });
        return;
      case 'delete':
        await backend.dispatch('deals.delete', { id });
        return;
    }
  };

  it('equals each week loaded on its own, with and without filters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(opArb, fc.integer({ min: 1, max: 14 })), { minLength: 15, maxLength: 60 }),
        async (ops) => {
          const clock = createTestClock(T0);
          const backend = createTempBackend({ clock });
          backends.push(backend);
          for (const [index, id] of OWNERS.entries()) {
            backend.db.sqlite
              .prepare(
                "INSERT INTO users (id, name, role, active, created_at, updated_at) VALUES (?, ?, 'rep', 1, 0, 0)",
              )
              .run(id, `u${index}`);
          }
          for (const [op, hours] of ops) {
            clock.advance(hours * HOUR);
            await apply(backend, op);
          }
          const db = backend.db;
          const now = clock.now() + 30 * 24 * HOUR;
          const stages = loadStages(db);
          for (const week of ['2026-W41', '2026-W42', '2026-W43']) {
            for (const filters of [{}, { ownerId: OWNERS[0] }]) {
              const scope = { period: { kind: 'week' as const, week }, filters, compare: true };
              const own = (period: KpiPeriod) =>
                computeKpis(loadKpiInput(db, requestFor(db, { period, filters }, now), stages));
              const report = kpiReport(db, scope, now);
              expect(report.current).toEqual(own(scope.period));
              expect(report.previous).toEqual(own(previousPeriod(scope.period, 'Europe/Moscow')));
            }
          }
        },
      ),
      { numRuns: 30, seed: 20261207 },
    );
  }, 600_000);
});
