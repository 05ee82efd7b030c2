import type { KpiFilters } from '../../contract/schemas/kpi';
import { FUNNEL_STEPS, funnelStepIndex } from '../funnelSteps';
import { type DealFacts, deriveDealFacts, type StageStay } from './deriveDealFacts';
import type { KpiInput, KpiStageInfo } from './KpiInput';

const DAY = 86_400_000;
const CONSIDERATION = funnelStepIndex('consideration');

export type StayExitFact = { facts: DealFacts; stay: StageStay & { exitAt: number }; compliant: boolean };

/** The filtered deals' facts and the predicates every figure and its drill-down share. */
export type KpiContext = {
  input: KpiInput;
  stages: ReadonlyMap<string, KpiStageInfo>;
  facts: readonly DealFacts[];
  inPeriod(at: number | null): boolean;
  createdInPeriod(facts: DealFacts): boolean;
  qualified(facts: DealFacts): boolean;
  enteredInPeriod(facts: DealFacts, step: number): boolean;
  converted(facts: DealFacts, step: number): boolean;
  closedInPeriod(facts: DealFacts, status: 'won' | 'lost'): boolean;
  /** The deals created in the period (worked out once: most figures read them). */
  createdFacts(): readonly DealFacts[];
  /** The deals whose standing is won (or lost) in the period, worked out once. */
  closedFacts(status: 'won' | 'lost'): readonly DealFacts[];
  /** Stays left in the period (time in stage). */
  exitsInPeriod(): StayExitFact[];
  /** Forward exits and wins in the period from stages with required items (compliance). */
  gatedExitsInPeriod(): StayExitFact[];
  inCurrency(currency: string): boolean;
  stageKey(stageId: string | null): string | null;
};

/** What the filters look at, as of the as-of time. */
export type KpiFilterable = {
  ownerId: string | null;
  sourceId: string | null;
  campaignId: string | null;
  segment: string | null;
  /** In the saved segment the filters name (only read when they name one). */
  inSegment?: boolean | undefined;
  /** Owned by a user of the team the filters name (only read when they name one). */
  inTeam?: boolean | undefined;
  pipelineId: string | null;
};

/** A deal passes when it matches every filter set (one rule for histories, open deals and wins). */
export const matchesKpiFilters = (deal: KpiFilterable, filters: KpiFilters): boolean =>
  (filters.ownerId === undefined || deal.ownerId === filters.ownerId) &&
  (filters.sourceId === undefined || deal.sourceId === filters.sourceId) &&
  (filters.campaignId === undefined || deal.campaignId === filters.campaignId) &&
  (filters.segment === undefined || deal.segment === filters.segment) &&
  (filters.segmentId === undefined || deal.inSegment === true) &&
  (filters.teamId === undefined || deal.inTeam === true) &&
  (filters.pipelineId === undefined || deal.pipelineId === filters.pipelineId);

/** A forward exit or a win from a stage with required items: what compliance counts. */
export const isGatedExit = (stay: StageStay, stages: ReadonlyMap<string, KpiStageInfo>): boolean =>
  (stay.exit === 'forward' || stay.exit === 'won') && (stages.get(stay.stageId)?.requiredPointIds.length ?? 0) > 0;

const isCompliant = (facts: DealFacts, stage: KpiStageInfo, exitAt: number): boolean =>
  stage.requiredPointIds.every((pointId) => {
    const tickedAt = facts.deal.ticks.get(pointId);
    return tickedAt !== undefined && tickedAt <= exitAt;
  });

export const createKpiContext = (input: KpiInput): KpiContext => {
  const stages = new Map(input.stages.map((stage) => [stage.id, stage]));
  const { from, to } = input.range;
  const inPeriod = (at: number | null): boolean => at !== null && at >= from && at < to && at <= input.asOf;
  const facts = input.deals
    .map((deal) => deriveDealFacts(deal, stages))
    .filter(({ deal, currentStageId }) =>
      // The filtered columns only: a copy of each whole deal cost more than the check itself.
      matchesKpiFilters(
        {
          ownerId: deal.ownerId,
          sourceId: deal.sourceId,
          campaignId: deal.campaignId,
          segment: deal.segment,
          inSegment: deal.inSegment,
          inTeam: deal.inTeam,
          pipelineId: stages.get(currentStageId ?? '')?.pipelineId ?? null,
        },
        input.filters,
      ),
    );
  let exits: StayExitFact[] | null = null;
  const exitsInPeriod = (): StayExitFact[] => {
    if (exits) return exits;
    exits = [];
    for (const dealFacts of facts) {
      for (const stay of dealFacts.stays) {
        if (stay.exitAt === null || !inPeriod(stay.exitAt)) continue;
        const stage = stages.get(stay.stageId);
        const compliant = stage ? isCompliant(dealFacts, stage, stay.exitAt) : true;
        exits.push({ facts: dealFacts, stay: { ...stay, exitAt: stay.exitAt }, compliant });
      }
    }
    return exits;
  };
  const createdInPeriod = (dealFacts: DealFacts): boolean => inPeriod(dealFacts.deal.createdAt);
  const closedInPeriod = (dealFacts: DealFacts, status: 'won' | 'lost'): boolean =>
    dealFacts.close?.status === status && inPeriod(dealFacts.close.at);
  let created: readonly DealFacts[] | null = null;
  const closed = new Map<'won' | 'lost', readonly DealFacts[]>();
  const closedFacts = (status: 'won' | 'lost'): readonly DealFacts[] => {
    let list = closed.get(status);
    if (!list) closed.set(status, (list = facts.filter((dealFacts) => closedInPeriod(dealFacts, status))));
    return list;
  };
  return {
    input,
    stages,
    facts,
    inPeriod,
    createdInPeriod,
    qualified: (dealFacts) =>
      dealFacts.reach[CONSIDERATION] !== null ||
      (dealFacts.deal.qualifiedAt !== null && dealFacts.deal.qualifiedAt <= input.asOf),
    enteredInPeriod: (dealFacts, step) => inPeriod(dealFacts.reach[step] ?? null),
    converted: (dealFacts, step) => step + 1 < FUNNEL_STEPS.length && dealFacts.reach[step + 1] !== null,
    closedInPeriod,
    createdFacts: () => (created ??= facts.filter(createdInPeriod)),
    closedFacts,
    exitsInPeriod,
    gatedExitsInPeriod: () => exitsInPeriod().filter((exit) => isGatedExit(exit.stay, stages)),
    inCurrency: (currency) => currency === input.currency,
    stageKey: (stageId) => (stageId === null ? null : (stages.get(stageId)?.key ?? stageId)),
  };
};

export const daysBetween = (from: number, to: number): number => (to - from) / DAY;
