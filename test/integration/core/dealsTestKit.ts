import type { Client } from '@shared/contract/createClient';
import type { ErrorCode, RpcError } from '@shared/contract/envelope';
import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { foldText } from '@shared/domain/foldText';
import { positionsBetween } from '@shared/domain/positions';
import { v7 as uuidv7 } from 'uuid';
import { expect } from 'vitest';
import {
  clientFor,
  createTempBackend,
  createTestClock,
  type TempBackend,
  type TestClock,
} from '../../helpers/tempBackend';

/** The seeded default funnel, by stage key. */
export const PIPELINE = DEFAULT_PIPELINE.id;
const stageId = (key: string): string => DEFAULT_STAGES.find((stage) => stage.key === key)?.id ?? '';
export const STAGE = {
  newLead: stageId('new_lead'),
  qualification: stageId('qualification'),
  proposal: stageId('proposal'),
  negotiation: stageId('negotiation'),
  contract: stageId('contract'),
  customer: stageId('customer'),
} as const;
export const controlPointIds = (key: keyof typeof STAGE): string[] =>
  DEFAULT_STAGES.find((stage) => stage.id === STAGE[key])?.controlPoints.map((point) => point.id) ?? [];
/** Every control point of the default stages before `key`: what a deal created in `key` ticks. */
export const itemsBefore = (key: keyof typeof STAGE): string[] => {
  const keys = Object.keys(STAGE) as (keyof typeof STAGE)[];
  return keys.slice(0, keys.indexOf(key)).flatMap(controlPointIds);
};
export const LOSS_REASON_PRICE = '00000000-0000-7000-8000-000000000400';
export const DAY = 86_400_000;

export type DealsKit = {
  backend: TempBackend;
  client: Client;
  clock: TestClock;
  anna: string;
  boris: string;
  dispose(): void;
};

const insertUser = (backend: TempBackend, name: string, now: number): string => {
  const id = uuidv7();
  backend.db.sqlite
    .prepare(
      'INSERT INTO users (id, name, email, role, manager_id, active, created_at, updated_at) VALUES (?, ?, NULL, ?, NULL, 1, ?, ?)',
    )
    .run(id, name, 'rep', now, now);
  return id;
};

/** A temp backend on a hand-moved clock (from `start`) with two reps; Anna is the current user. */
export const createDealsKit = async (start?: number): Promise<DealsKit> => {
  const clock = createTestClock(start);
  const backend = createTempBackend({ clock });
  const client = clientFor(backend);
  const anna = insertUser(backend, 'Анна Петрова', clock.now());
  const boris = insertUser(backend, 'Борис Иванов', clock.now());
  await client.call('settings.set', { 'user.currentId': anna });
  return { backend, client, clock, anna, boris, dispose: () => backend.dispose() };
};

/** Runs a call that must fail and returns its error (checked against `code`). */
export const expectFailure = async (
  kit: DealsKit,
  method: string,
  input: unknown,
  code: ErrorCode,
): Promise<RpcError> => {
  const envelope = await kit.backend.dispatch(method, input);
  if (envelope.ok) throw new Error(`expected ${code}, got ok ${JSON.stringify(envelope.value)}`);
  expect(envelope.error.code, JSON.stringify(envelope.error)).toBe(code);
  return envelope.error;
};

export const changeLogCount = (kit: DealsKit): number =>
  kit.backend.db.sqlite.prepare('SELECT count(*) FROM change_log').pluck().get() as number;

export const transitionsOf = (kit: DealsKit, dealId: string) =>
  kit.backend.db.sqlite
    .prepare(
      'SELECT from_stage_id, to_stage_id, from_status, to_status, at, by_user_id FROM stage_transitions WHERE deal_id = ? ORDER BY at, rowid',
    )
    .all(dealId) as {
    from_stage_id: string | null;
    to_stage_id: string;
    from_status: string | null;
    to_status: string;
    at: number;
    by_user_id: string | null;
  }[];

/** Ticks every control point of the given default stages on a deal. */
export const tickAll = async (kit: DealsKit, dealId: string, ...stages: (keyof typeof STAGE)[]): Promise<void> => {
  for (const stage of stages) {
    for (const controlPointId of controlPointIds(stage)) {
      await kit.client.call('deals.check', { dealId, controlPointId, checked: true });
    }
  }
};

export type BulkDeal = { stageId: string; valueMinor: number; ownerId: string | null; currency?: string };

/**
 * Many open deals at once with one prepared statement in one transaction (no change log: a
 * fixture for reads and timings, not a write-path test). Positions are even keys per column.
 */
export const insertDealsFast = (kit: DealsKit, deals: readonly BulkDeal[], now = kit.clock.now()): string[] => {
  const insert = kit.backend.db.sqlite.prepare(
    `INSERT INTO deals (id, title, title_key, pipeline_id, stage_id, position, status, value_minor, currency, kind,
       owner_id, stage_entered_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, 'new', ?, ?, ?, ?)`,
  );
  const byStage = new Map<string, number>();
  for (const deal of deals) byStage.set(deal.stageId, (byStage.get(deal.stageId) ?? 0) + 1);
  const keys = new Map([...byStage].map(([stage, count]) => [stage, positionsBetween(null, null, count)]));
  const used = new Map<string, number>();
  const ids: string[] = [];
  kit.backend.db.sqlite.transaction(() => {
    deals.forEach((deal, index) => {
      const id = uuidv7();
      const n = used.get(deal.stageId) ?? 0;
      used.set(deal.stageId, n + 1);
      const position = keys.get(deal.stageId)?.[n] ?? 'a0';
      insert.run(
        id,
        `Deal ${index}`,
        // The key the write path derives (raw inserts bypass it).
        foldText(`Deal ${index}`),
        PIPELINE,
        deal.stageId,
        position,
        deal.valueMinor,
        deal.currency ?? 'RUB',
        deal.ownerId,
        now - (index % 40) * DAY,
        now,
        now,
      );
      ids.push(id);
    });
  })();
  return ids;
};
