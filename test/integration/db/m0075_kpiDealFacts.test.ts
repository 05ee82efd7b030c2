import fc from 'fast-check';
import { DEFAULT_LOSS_REASONS, DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { deriveDealFacts } from '@shared/domain/kpi/deriveDealFacts';
import type { KpiTransition } from '@shared/domain/kpi/KpiInput';
import { localDateOf } from '@shared/domain/kpi/previousPeriod';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src-main/core/db/Db';
import { migrateDatabase } from '../../../src-main/core/db/migrateDatabase';
import { inputFor, kpiReport, requestFor } from '../../../src-main/core/modules/kpi/kpi.service';
import { loadKpiInput, loadStages, narrowKpiInput } from '../../../src-main/core/modules/kpi/kpiInput.service';
import { computeKpis } from '@shared/domain/kpi/computeKpis';
import { analyticsOverview } from '../../../src-main/core/modules/analytics/analytics.service';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';
import { syncBoth } from '../../helpers/syncPeers';
import { replaceContentsFrom } from '../../../src-main/core/backup/replaceContentsFrom';
import { importFile, undo } from '../import/importFile';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0075');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 9, 5, 9);
const STAGE_IDS = DEFAULT_STAGES.map((stage) => stage.id);

type Row = Record<string, unknown>;

/** The facts and stays as the engine derives them from the transitions: the recomputation. */
const recomputed = (db: Db): { facts: Row[]; stays: Row[] } => {
  const stages = new Map(loadStages(db).map((stage) => [stage.id, stage]));
  const rows = db.sqlite
    .prepare(
      `SELECT deal_id, id, from_stage_id AS fromStageId, to_stage_id AS toStageId, from_status AS fromStatus,
         to_status AS toStatus, at FROM stage_transitions ORDER BY deal_id, at, id`,
    )
    .all() as (KpiTransition & { deal_id: string; id: string })[];
  const byDeal = new Map<string, (KpiTransition & { id: string })[]>();
  for (const row of rows) byDeal.set(row.deal_id, [...(byDeal.get(row.deal_id) ?? []), row]);
  const facts: Row[] = [];
  const stays: Row[] = [];
  for (const [dealId, transitions] of byDeal) {
    const derived = deriveDealFacts({ transitions } as never, stages);
    facts.push({
      deal_id: dealId,
      stamp: Math.max(...transitions.map((t) => t.at)),
      created_stage_id: derived.createdStageId,
      current_stage_id: derived.currentStageId,
      close_status: derived.close?.status ?? null,
      close_at: derived.close?.at ?? null,
      close_stage_id: derived.close?.stageId ?? null,
      reach: derived.reach,
    });
    for (const stay of derived.stays) {
      stays.push({ deal_id: dealId, stage_id: stay.stageId, entered_at: stay.enteredAt, exit_at: stay.exitAt, exit: stay.exit });
    }
  }
  return { facts, stays };
};

/** The rollup as the tables hold it, in the recomputation's shape (a stay's exit direction by today's stage order). */
const rolledUp = (db: Db): { facts: Row[]; stays: Row[] } => {
  const stages = new Map(loadStages(db).map((stage) => [stage.id, stage]));
  const facts = (db.sqlite.prepare('SELECT * FROM kpi_deal_facts ORDER BY deal_id').all() as Row[]).map(
    ({ reach0, reach1, reach2, reach3, reach4, reach5, unresolved: _unresolved, ...rest }) => ({
      ...rest,
      reach: [reach0, reach1, reach2, reach3, reach4, reach5],
    }),
  );
  const stays = (
    db.sqlite.prepare('SELECT * FROM kpi_deal_stays ORDER BY deal_id, entered_at, transition_id').all() as Row[]
  ).map((row) => {
    const from = stages.get(row.stage_id as string);
    const to = stages.get((row.exit_stage_id as string | null) ?? '');
    const moved = !from || !to || from.pipelineId !== to.pipelineId ? 'other' : to.rank > from.rank ? 'forward' : 'back';
    return {
      deal_id: row.deal_id,
      stage_id: row.stage_id,
      entered_at: row.entered_at,
      exit_at: row.exit_at,
      exit: row.exit_status === null ? null : row.exit_status === 'open' ? moved : row.exit_status,
    };
  });
  return { facts, stays };
};

const expectRollupExact = (db: Db) => expect(rolledUp(db)).toEqual(recomputed(db));

/**
 * The report with the rollup and without it (the per-deal fallback replays every transition):
 * the rollup emptied in a savepoint that is rolled back.
 */
const withoutRollup = <T>(db: Db, work: () => T): T => {
  db.sqlite.exec('SAVEPOINT no_rollup; DELETE FROM kpi_deal_facts; DELETE FROM kpi_deal_stays;');
  try {
    return work();
  } finally {
    db.sqlite.exec('ROLLBACK TO no_rollup; RELEASE no_rollup;');
  }
};

describe('m0075_kpi_deal_facts', () => {
  it('fills the facts and stays from existing transitions, as the engine derives them', () => {
    const db = file.open(74);
    const stages = ['s0', 's1', 's2'];
    db.sqlite.exec(`INSERT INTO pipelines (id, name, position, created_at, updated_at) VALUES ('${DEFAULT_PIPELINE.id}', 'P', 'a0', 0, 0);
      INSERT INTO stages (id, pipeline_id, name, funnel_step, position, probability, created_at, updated_at) VALUES
        ('s0', '${DEFAULT_PIPELINE.id}', 'A', 'awareness', 'a0', 0.1, 0, 0),
        ('s1', '${DEFAULT_PIPELINE.id}', 'B', 'interest', 'a1', 0.3, 0, 0),
        ('s2', '${DEFAULT_PIPELINE.id}', 'C', 'consideration', 'a2', 0.5, 0, 0);`);
    db.sqlite.exec(`INSERT INTO deals (id, title, pipeline_id, stage_id, position, status, value_minor, currency,
        stage_entered_at, won_at, created_at, updated_at)
      VALUES ('d1', 'a', '${DEFAULT_PIPELINE.id}', '${stages[1]}', 'a0', 'won', 1, 'RUB', ${T0}, ${T0 + 5 * HOUR}, ${T0}, ${T0}),
        ('d2', 'b', '${DEFAULT_PIPELINE.id}', '${stages[0]}', 'a1', 'open', 1, 'RUB', ${T0}, NULL, ${T0}, ${T0})`);
    const insert = db.sqlite.prepare(`INSERT INTO stage_transitions (id, deal_id, from_stage_id, to_stage_id,
        from_status, to_status, at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    insert.run('t1', 'd1', null, stages[0], null, 'open', T0);
    insert.run('t2', 'd1', stages[0], stages[2], 'open', 'open', T0 + HOUR);
    insert.run('t3', 'd1', stages[2], stages[1], 'open', 'open', T0 + 2 * HOUR);
    insert.run('t4', 'd1', stages[1], stages[1], 'open', 'lost', T0 + 3 * HOUR);
    insert.run('t5', 'd1', stages[1], stages[1], 'lost', 'open', T0 + 4 * HOUR);
    insert.run('t6', 'd1', stages[1], stages[1], 'open', 'won', T0 + 5 * HOUR);
    insert.run('t7', 'd2', null, stages[0], null, 'open', T0);
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(75))).toMatchObject({ to: 75 });
    const { facts, stays } = rolledUp(db);
    expect(facts).toEqual([
      {
        deal_id: 'd1',
        stamp: T0 + 5 * HOUR,
        created_stage_id: stages[0],
        current_stage_id: stages[1],
        close_status: 'won',
        close_at: T0 + 5 * HOUR,
        close_stage_id: stages[1],
        // Skipped steps count as reached; the win reaches purchase.
        reach: [T0, T0 + HOUR, T0 + HOUR, T0 + 5 * HOUR, T0 + 5 * HOUR, null],
      },
      expect.objectContaining({ deal_id: 'd2', close_status: null, reach: [T0, null, null, null, null, null] }),
    ]);
    expect(stays.filter((stay) => stay.deal_id === 'd1')).toEqual([
      { deal_id: 'd1', stage_id: stages[0], entered_at: T0, exit_at: T0 + HOUR, exit: 'forward' },
      { deal_id: 'd1', stage_id: stages[2], entered_at: T0 + HOUR, exit_at: T0 + 2 * HOUR, exit: 'back' },
      { deal_id: 'd1', stage_id: stages[1], entered_at: T0 + 2 * HOUR, exit_at: T0 + 3 * HOUR, exit: 'lost' },
      { deal_id: 'd1', stage_id: stages[1], entered_at: T0 + 4 * HOUR, exit_at: T0 + 5 * HOUR, exit: 'won' },
    ]);
    expectRollupExact(db);
  });
});

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

describe('the deal facts rollup through every write path', () => {
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

  it('equals the recomputation after app writes, raw transition edits and stage step changes, and the reports equal the fallback', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 10, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(24 * 12), fc.nat(24 * 12), fc.nat(24 * 14), fc.nat(3)), { minLength: 1, maxLength: 3 }),
        async (ops, windows) => {
          const d = device();
          const owners = addOwners(d.backend);
          for (const op of ops) {
            await apply(d, op, owners);
            expectRollupExact(d.backend.db);
          }
          const db = d.backend.db;
          const now = d.clock.now();
          for (const [a, b, asOfHours, filter] of windows) {
            const from = localDateOf(T0 - 2 * DAY + Math.min(a, b) * HOUR, 'Europe/Moscow');
            const to = localDateOf(T0 - 2 * DAY + Math.max(a, b) * HOUR, 'Europe/Moscow');
            const filters = [{}, { ownerId: owners[0] }, { pipelineId: DEFAULT_PIPELINE.id }, { ownerId: owners[1] }][filter] ?? {};
            const request = { period: { kind: 'custom' as const, from, to }, filters, asOf: T0 + asOfHours * HOUR, compare: true };
            const report = kpiReport(db, request, now);
            expect(report).toEqual(withoutRollup(db, () => kpiReport(db, request, now)));
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
            const overview = analyticsOverview(db, request, now);
            expect(overview).toEqual(withoutRollup(db, () => analyticsOverview(db, request, now)));
          }
          d.backend.dispose();
          backends.splice(backends.indexOf(d.backend), 1);
        },
      ),
      { numRuns: 25, seed: 20261206 },
    );
  }, 600_000);

  it('keeps up with a transition into a stage that arrives later, and with stages of a deleted pipeline', async () => {
    const d = device();
    const db = d.backend.db.sqlite;
    const deal = await d.client.call('deals.create', { title: 'X', pipelineId: DEFAULT_PIPELINE.id });
    d.clock.advance(HOUR);
    db.pragma('foreign_keys = OFF');
    db.prepare(`INSERT INTO stage_transitions (id, deal_id, from_stage_id, to_stage_id, from_status, to_status, at)
      VALUES ('late', ?, ?, 'stage-not-here-yet', 'open', 'open', ?)`).run(deal.id, STAGE_IDS[0], T0 + HOUR);
    db.pragma('foreign_keys = ON');
    expect(db.prepare('SELECT unresolved FROM kpi_deal_facts WHERE deal_id = ?').pluck().get(deal.id)).toBe(1);
    expectRollupExact(d.backend.db);
    db.prepare(`INSERT INTO stages (id, pipeline_id, name, position, funnel_step, probability, created_at, updated_at)
      VALUES ('stage-not-here-yet', ?, 'Поздний', 'z9', 'intent', 0.5, 0, 0)`).run(DEFAULT_PIPELINE.id);
    expect(db.prepare('SELECT unresolved, reach3 FROM kpi_deal_facts WHERE deal_id = ?').get(deal.id)).toEqual({
      unresolved: 0,
      reach3: T0 + HOUR,
    });
    expectRollupExact(d.backend.db);
  });

  it('equals the recomputation after an import and its undo, and on a peer after a sync merge', async () => {
    const a = device();
    const b = device(T0 + 7);
    await syncBoth(a.backend, b.backend);
    const summary = await importFile(a.backend, 'deals-cp1251.csv', {
      entity: 'deals',
      columns: { title: 'Название', value: 'Сумма', stage: 'Этап', createdAt: 'Дата создания', closedAt: 'Дата закрытия' },
      values: { stage: { Выиграна: { stage: 'contract', status: 'won' }, Проиграна: { stage: 'Квалификация', status: 'lost' } } },
    });
    expect(summary.created).toBe(3);
    expect(a.backend.db.sqlite.prepare('SELECT count(*) FROM kpi_deal_facts').pluck().get()).toBe(3);
    expectRollupExact(a.backend.db);
    const deal = await a.client.call('deals.create', { title: 'Y', pipelineId: DEFAULT_PIPELINE.id });
    a.clock.advance(DAY);
    await a.client.call('deals.move', { id: deal.id, toStageId: STAGE_IDS[1] ?? '' });
    await a.client.call('deals.lose', { id: deal.id, lossReasonId: DEFAULT_LOSS_REASONS[0]?.id });
    await syncBoth(a.backend, b.backend);
    expect(b.backend.db.sqlite.prepare('SELECT count(*) FROM kpi_deal_facts').pluck().get()).toBe(4);
    expectRollupExact(b.backend.db);
    expect(rolledUp(b.backend.db)).toEqual(rolledUp(a.backend.db));
    await undo(a.backend, summary.importId ?? '');
    expect(a.backend.db.sqlite.prepare('SELECT count(*) FROM deals WHERE deleted_at IS NULL').pluck().get()).toBe(1);
    expectRollupExact(a.backend.db);
    await syncBoth(a.backend, b.backend);
    expectRollupExact(b.backend.db);
  });

  it('is rebuilt by the triggers when a restore replaces the contents (stages are there before the transitions)', async () => {
    const a = device();
    const deal = await a.client.call('deals.create', { title: 'R', pipelineId: DEFAULT_PIPELINE.id });
    a.clock.advance(HOUR);
    await a.client.call('deals.move', { id: deal.id, toStageId: STAGE_IDS[1] ?? '' });
    await a.client.call('deals.lose', { id: deal.id, lossReasonId: DEFAULT_LOSS_REASONS[0]?.id });
    a.backend.db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const b = device();
    b.backend.db.sqlite.prepare('ATTACH ? AS src').run(a.backend.dbPath);
    replaceContentsFrom(b.backend.db, 'src');
    b.backend.db.sqlite.exec('DETACH src');
    expect(b.backend.db.sqlite.prepare('SELECT count(*) FROM kpi_deal_stays').pluck().get()).toBe(2);
    expectRollupExact(b.backend.db);
    expect(rolledUp(b.backend.db)).toEqual(rolledUp(a.backend.db));
  });
});
