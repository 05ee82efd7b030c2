import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import type { Rpc } from './createRpc';
import { itemsBefore } from './itemsBefore';

export type SeedDeal = { title: string; valueMinor: number; stageKey: string; ownerId?: string };

/** Creates deals straight through the core (no clicking), each in a seeded stage. */
export const seedDeals = async (rpc: Rpc, deals: readonly SeedDeal[]): Promise<void> => {
  for (const deal of deals) {
    const stage = DEFAULT_STAGES.find((candidate) => candidate.key === deal.stageKey);
    if (!stage) throw new Error(`no seeded stage ${deal.stageKey}`);
    await rpc('deals.create', {
      title: deal.title,
      valueMinor: deal.valueMinor,
      pipelineId: DEFAULT_PIPELINE.id,
      stageId: stage.id,
      checkedControlPointIds: itemsBefore(deal.stageKey),
      ...(deal.ownerId ? { ownerId: deal.ownerId } : {}),
    });
  }
};
