import { FUNNEL_STEPS, funnelStepIndex } from '../funnelSteps';
import type { KpiDealHistory, KpiStageInfo, KpiTransition } from './KpiInput';

const PURCHASE = funnelStepIndex('purchase');

export type StayExit = 'forward' | 'back' | 'other' | 'won' | 'lost';

/** One stay in a stage: from entering it (or reopening in it) to leaving it or closing. */
export type StageStay = { stageId: string; enteredAt: number; exitAt: number | null; exit: StayExit | null };

export type DealFacts = {
  deal: KpiDealHistory;
  /** First time the deal was in each step or a later one (skips count as reaching); null: never. */
  reach: (number | null)[];
  /** The deal's standing at the as-of time: closed won or lost (when, in which stage), else null. */
  close: { status: 'won' | 'lost'; at: number; stageId: string } | null;
  stays: StageStay[];
  createdStageId: string | null;
  currentStageId: string | null;
};

const exitKind = (from: KpiStageInfo | undefined, to: KpiStageInfo | undefined): StayExit => {
  if (!from || !to || from.pipelineId !== to.pipelineId) return 'other';
  return to.rank > from.rank ? 'forward' : 'back';
};

/** The stays of a deal's transitions in order: a reopening in the stage it closed in starts a new one. */
export const stageStays = (
  transitions: readonly KpiTransition[],
  stages: ReadonlyMap<string, KpiStageInfo>,
): StageStay[] => {
  const stays: StageStay[] = [];
  let open: StageStay | null = null;
  for (const transition of transitions) {
    if (transition.toStatus === 'open') {
      if (open && open.stageId === transition.toStageId) continue;
      if (open) {
        open.exitAt = transition.at;
        open.exit = exitKind(stages.get(open.stageId), stages.get(transition.toStageId));
      }
      open = { stageId: transition.toStageId, enteredAt: transition.at, exitAt: null, exit: null };
      stays.push(open);
      continue;
    }
    if (open) {
      open.exitAt = transition.at;
      open.exit = transition.toStatus;
      open = null;
    }
  }
  return stays;
};

/**
 * Everything the figures need from one deal's transitions. A win counts as reaching the purchase
 * step (a deal won from an earlier step has bought); a loss reaches nothing.
 */
export const deriveDealFacts = (deal: KpiDealHistory, stages: ReadonlyMap<string, KpiStageInfo>): DealFacts => {
  const reach: (number | null)[] = FUNNEL_STEPS.map(() => null);
  const markReach = (upTo: number, at: number) => {
    for (let step = 0; step <= upTo; step += 1) reach[step] ??= at;
  };
  let close: DealFacts['close'] = null;
  let currentStageId: string | null = null;
  for (const transition of deal.transitions) {
    const to = stages.get(transition.toStageId);
    currentStageId = transition.toStageId;
    if (transition.toStatus === 'open') {
      if (to) markReach(funnelStepIndex(to.step), transition.at);
      close = null;
      continue;
    }
    if (transition.toStatus === 'won') markReach(Math.max(PURCHASE, to ? funnelStepIndex(to.step) : 0), transition.at);
    close = { status: transition.toStatus, at: transition.at, stageId: transition.toStageId };
  }
  return {
    deal,
    reach,
    close,
    stays: stageStays(deal.transitions, stages),
    createdStageId: deal.transitions[0]?.toStageId ?? null,
    currentStageId,
  };
};
