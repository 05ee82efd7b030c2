import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { User } from '@shared/contract/schemas/users';
import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { createRpc, type Rpc } from './createRpc';
import { type RunningHost, startHost, type StartHostOptions } from './startHost';
import { itemsBefore } from './itemsBefore';

/** A host of the board tests' own, with two reps and the first chosen as "me". */
export type BoardWorkspace = { host: RunningHost; rpc: Rpc; anna: User; oleg: User };

export const stageIdOf = (key: string): string => {
  const stage = DEFAULT_STAGES.find((candidate) => candidate.key === key);
  if (!stage) throw new Error(`no seeded stage ${key}`);
  return stage.id;
};

export const startBoardWorkspace = async (
  language: 'ru' | 'en' = 'ru',
  hostOptions: StartHostOptions = {},
): Promise<BoardWorkspace> => {
  const host = await startHost(hostOptions);
  const rpc = await createRpc(host.url);
  const anna = await rpc('users.create', { name: 'Анна Смирнова', role: 'rep' });
  const oleg = await rpc('users.create', { name: 'Олег Кузнецов', role: 'rep' });
  await rpc('settings.set', { 'user.currentId': anna.id, 'ui.language': language });
  return { host, rpc, anna, oleg };
};

export type BoardDealSeed = {
  title: string;
  valueMinor: number;
  stageKey: string;
  ownerId?: string | null;
  company?: string;
  sourceKey?: string;
};

/** Company ids by name, per host (each workspace is its own database). */
const companiesByRpc = new WeakMap<Rpc, Map<string, string>>();

/** Creates deals (and their companies, once per name) through the core. */
export const seedBoardDeals = async (rpc: Rpc, deals: readonly BoardDealSeed[]) => {
  const companyIds = companiesByRpc.get(rpc) ?? new Map<string, string>();
  companiesByRpc.set(rpc, companyIds);
  const created = [];
  for (const deal of deals) {
    let companyId: string | null = null;
    if (deal.company) {
      companyId = companyIds.get(deal.company) ?? null;
      if (!companyId) {
        companyId = (await rpc('companies.create', { name: deal.company })).company.id;
        companyIds.set(deal.company, companyId);
      }
    }
    created.push(
      await rpc('deals.create', {
        title: deal.title,
        valueMinor: deal.valueMinor,
        pipelineId: DEFAULT_PIPELINE.id,
        stageId: stageIdOf(deal.stageKey),
        checkedControlPointIds: itemsBefore(deal.stageKey),
        ...(deal.ownerId !== undefined ? { ownerId: deal.ownerId } : {}),
        ...(companyId ? { companyId } : {}),
      }),
    );
  }
  return created;
};

/**
 * Backdates deals' stage entry (and plans activities) straight in the database file, so pictures
 * and rotting marks show a lived-in pipeline; the core has no API to travel in time.
 */
export const ageDeals = (
  dbPath: string,
  changes: readonly { dealId: string; days: number; activityInDays?: number }[],
) => {
  const db = new Database(dbPath);
  try {
    db.pragma('busy_timeout = 5000');
    const now = Date.now();
    const age = db.prepare('UPDATE deals SET stage_entered_at = ? WHERE id = ?');
    const plan = db.prepare(
      `INSERT INTO activities (id, type, subject, deal_id, due_at, created_at, updated_at)
       VALUES (?, 'call', 'Созвон', ?, ?, ?, ?)`,
    );
    for (const change of changes) {
      age.run(now - change.days * 86_400_000 - 3_600_000, change.dealId);
      if (change.activityInDays !== undefined) {
        plan.run(randomUUID(), change.dealId, now + change.activityInDays * 86_400_000, now, now);
      }
    }
  } finally {
    db.close();
  }
};
