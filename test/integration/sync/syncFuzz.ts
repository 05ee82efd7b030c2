import { DEFAULT_LOSS_REASONS, DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import fc from 'fast-check';
import { expect } from 'vitest';
import { createBackend, type Backend } from '../../../src-main/core/createBackend';
import type { SyncMessage } from '../../../src-main/core/sync/SyncMessage';
import type { SyncCoverage } from '../../../src-main/core/sync/changeLogStore';
import { coverageFor, readMessagesMissing } from '../../../src-main/core/sync/changeLogStore';
import { createTestClock, type TestClock } from '../../helpers/tempBackend';
import { batchFor, businessSnapshot, deliver, syncTo } from '../../helpers/syncPeers';

/*
 * The sync property (issue 11 acceptance): replicas act through the real contract (so the one
 * write path and every business rule), exchange messages in random order with duplicates, drops,
 * re-sends and partitions, and at the end hold byte-identical business tables that pass
 * integrity_check and foreign_key_check, with no row left waiting.
 */

const STAGE_IDS = DEFAULT_STAGES.map((stage) => stage.id);
const CONTROL_POINTS = DEFAULT_STAGES.flatMap((stage) => stage.controlPoints.map((point) => point.id));
const REASONS = DEFAULT_LOSS_REASONS.map((reason) => reason.id);
const CURRENCIES = ['RUB', 'USD', 'EUR'];

type Replica = { backend: Backend; clock: TestClock };

type Action =
  | { kind: 'company'; at: number; name: number }
  | { kind: 'deal'; at: number; pick: number; value: number; stage: number }
  | { kind: 'edit'; at: number; pick: number; title: number; value: number; currency: number }
  | { kind: 'move'; at: number; pick: number; stage: number; anchor: number }
  | { kind: 'win' | 'reopen' | 'delete' | 'restore'; at: number; pick: number }
  | { kind: 'lose'; at: number; pick: number; reason: number }
  | { kind: 'tick'; at: number; pick: number; point: number; checked: boolean }
  | { kind: 'clock'; at: number; ms: number }
  | { kind: 'send'; from: number; to: number; drop: number[]; duplicate: number[]; seed: number };

const at = fc.nat(4);
const pick = fc.nat(50);
const actionArbitrary: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('company' as const), at, name: fc.nat(5) }),
  fc.record({ kind: fc.constant('deal' as const), at, pick, value: fc.nat(10_000), stage: fc.nat(5) }),
  fc.record({
    kind: fc.constant('edit' as const),
    at,
    pick,
    title: fc.nat(3),
    value: fc.nat(10_000),
    currency: fc.nat(2),
  }),
  fc.record({ kind: fc.constant('move' as const), at, pick, stage: fc.nat(5), anchor: fc.nat(50) }),
  fc.record({
    kind: fc.constantFrom('win' as const, 'reopen' as const, 'delete' as const, 'restore' as const),
    at,
    pick,
  }),
  fc.record({ kind: fc.constant('lose' as const), at, pick, reason: fc.nat(10) }),
  fc.record({ kind: fc.constant('tick' as const), at, pick, point: fc.nat(30), checked: fc.boolean() }),
  fc.record({ kind: fc.constant('clock' as const), at, ms: fc.integer({ min: -2_000, max: 120_000 }) }),
  fc.record({
    kind: fc.constant('send' as const),
    from: at,
    to: at,
    drop: fc.array(fc.nat(40), { maxLength: 4 }),
    duplicate: fc.array(fc.nat(40), { maxLength: 4 }),
    seed: fc.integer(),
  }),
);

const nth = <T>(list: readonly T[], index: number): T | undefined =>
  list.length === 0 ? undefined : list[index % list.length];

const ids = (replica: Replica, sql: string): string[] =>
  replica.backend.db.sqlite.prepare(sql).pluck().all() as string[];

/** Calls a procedure; a refusal by a rule is an answer, an INTERNAL error a bug. */
const call = async (replica: Replica, method: string, input: unknown): Promise<void> => {
  const envelope = await replica.backend.dispatch(method, input);
  if (!envelope.ok && envelope.error.code === 'INTERNAL')
    throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
};

/** A deterministic shuffle (the property's seed decides it, so a failure replays). */
const shuffle = <T>(list: T[], seed: number): T[] => {
  let state = seed | 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return Math.abs(state);
  };
  for (let index = list.length - 1; index > 0; index -= 1) {
    const other = next() % (index + 1);
    [list[index], list[other]] = [list[other] as T, list[index] as T];
  }
  return list;
};

/**
 * One exchange, shuffled with re-sends: what the peer lacks as a whole batch (seed % 3 = 0);
 * everything held, again a whole batch (1); or a loose subset with some messages dropped on the
 * way (2), which claims nothing, so the peer's vector stays and a later batch re-sends the gap.
 * A batch lost entirely is an exchange that never happens.
 */
const send = async (replicas: Replica[], action: Extract<Action, { kind: 'send' }>): Promise<void> => {
  const from = nth(replicas, action.from);
  const to = nth(replicas, action.to);
  if (!from || !to || from === to) return;
  const mode = Math.abs(action.seed) % 3;
  let messages: SyncMessage[];
  let coverage: SyncCoverage | undefined;
  if (mode === 0) ({ messages, coverage } = batchFor(from.backend, to.backend));
  else {
    coverage = coverageFor(from.backend.db);
    messages = [...readMessagesMissing(from.backend.db)];
  }
  if (mode === 2) {
    const dropped = new Set(action.drop.map((index) => index % Math.max(messages.length, 1)));
    messages = messages.filter((_, index) => !dropped.has(index));
    coverage = undefined;
  }
  const batch = [...messages];
  for (const index of action.duplicate) {
    const again = nth(messages, index);
    if (again) batch.push(again);
  }
  await deliver(to.backend, shuffle(batch, action.seed), coverage);
};

const act = async (replicas: Replica[], action: Action): Promise<void> => {
  if (action.kind === 'send') return send(replicas, action);
  const replica = nth(replicas, action.at) as Replica;
  const deals = ids(replica, 'SELECT id FROM deals ORDER BY id');
  const deal = nth(deals, 'pick' in action ? action.pick : 0);
  switch (action.kind) {
    case 'clock':
      replica.clock.advance(action.ms);
      return;
    case 'company':
      return call(replica, 'companies.create', { name: `Компания ${action.name}` });
    case 'deal': {
      const company = nth(ids(replica, 'SELECT id FROM companies ORDER BY id'), action.pick);
      return call(replica, 'deals.create', {
        pipelineId: DEFAULT_PIPELINE.id,
        stageId: nth(STAGE_IDS, action.stage % 2),
        title: `Сделка ${action.value}`,
        valueMinor: action.value,
        ...(company && action.value % 2 === 0 ? { companyId: company } : {}),
      });
    }
  }
  if (!deal) return;
  switch (action.kind) {
    case 'edit':
      return call(replica, 'deals.update', {
        id: deal,
        patch:
          action.title === 0
            ? { currency: nth(CURRENCIES, action.currency) }
            : { title: `Правка ${action.title}`, valueMinor: action.value },
      });
    case 'move': {
      const stageId = nth(STAGE_IDS, action.stage) as string;
      const column = ids(
        replica,
        `SELECT id FROM deals WHERE stage_id = '${stageId}' AND deleted_at IS NULL AND status = 'open' ORDER BY position, id`,
      );
      const afterId = nth(
        column.filter((id) => id !== deal),
        action.anchor,
      );
      return call(replica, 'deals.move', { id: deal, toStageId: stageId, ...(afterId ? { afterId } : {}) });
    }
    case 'win':
    case 'reopen':
    case 'delete':
    case 'restore':
      return call(replica, `deals.${action.kind}`, { id: deal });
    case 'lose':
      return call(replica, 'deals.lose', { id: deal, lossReasonId: nth(REASONS, action.reason) });
    case 'tick':
      return call(replica, 'deals.check', {
        dealId: deal,
        controlPointId: nth(CONTROL_POINTS, action.point),
        checked: action.checked,
      });
  }
};

/** Every replica sends everything to every other until all hold the same. */
const settle = async (replicas: Replica[]): Promise<void> => {
  for (let round = 0; round < 2; round += 1) {
    for (const to of replicas) for (const from of replicas) if (from !== to) await syncTo(from.backend, to.backend);
  }
};

const START = Date.UTC(2026, 10, 23, 9, 0, 0);

const checkConverged = (replicas: Replica[]): void => {
  const [first, ...rest] = replicas.map((replica) => businessSnapshot(replica.backend));
  for (const snapshot of rest) expect(snapshot).toEqual(first);
  for (const { backend } of replicas) {
    expect(backend.db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(backend.db.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(backend.db.sqlite.prepare('SELECT tbl, row_id, reason FROM sync_pending').all()).toEqual([]);
  }
};

const runCase = async (count: number, skews: number[], actions: Action[]): Promise<void> => {
  const replicas: Replica[] = [];
  try {
    for (let index = 0; index < count; index += 1) {
      const clock = createTestClock(START + (skews[index] ?? 0));
      replicas.push({ backend: createBackend({ dbPath: ':memory:', platform: 'test', clock }), clock });
    }
    for (const action of actions) await act(replicas, action);
    await settle(replicas);
    checkConverged(replicas);
  } finally {
    for (const { backend } of replicas) backend.close();
  }
};

/** Runs the property `numRuns` times (a seed replays a failure). */
export const runSyncFuzz = async (numRuns: number, seed?: number): Promise<void> => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 3, max: 5 }),
      fc.array(fc.integer({ min: -60_000, max: 60_000 }), { minLength: 5, maxLength: 5 }),
      fc.array(actionArbitrary, { minLength: 5, maxLength: 40 }),
      runCase,
    ),
    { numRuns, ...(seed === undefined ? {} : { seed }) },
  );
};
