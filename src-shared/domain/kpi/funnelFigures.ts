import type { KpiReport } from '../../contract/schemas/kpi';
import { daysInStage, isRotting } from '../boardFigures';
import { FUNNEL_STEPS, type FunnelStep } from '../funnelSteps';
import { groupBy } from './groupBy';
import { daysBetween, type KpiContext } from './KpiContext';
import { median } from './median';
import { ratio, roundTo } from './ratio';

const HOUR = 3_600_000;

const byStep = <T>(value: (step: number) => T): Record<FunnelStep, T> =>
  Object.fromEntries(FUNNEL_STEPS.map((step, index) => [step, value(index)])) as Record<FunnelStep, T>;

/** Entered per step and the step → next cohort conversion. */
export const funnelFigures = (ctx: KpiContext): Pick<KpiReport, 'entered' | 'conversion' | 'leadToQualified'> => {
  const cohorts = FUNNEL_STEPS.map((_, step) => ctx.facts.filter((facts) => ctx.enteredInPeriod(facts, step)));
  const cohort = (step: number) => cohorts[step] ?? [];
  const created = ctx.createdFacts();
  return {
    entered: byStep((step) => cohort(step).length),
    conversion: byStep((step) => {
      if (step === FUNNEL_STEPS.length - 1) return null;
      const entered = cohort(step);
      return ratio(entered.filter((facts) => ctx.converted(facts, step)).length, entered.length);
    }),
    leadToQualified: ratio(created.filter(ctx.qualified).length, created.length),
  };
};

/** Hours from creation to the first outbound touch (never negative: a touch logged before counts as 0). */
export const speedToLeadHours = (createdAt: number, touchAt: number): number => Math.max(0, touchAt - createdAt) / HOUR;

export const speedToLead = (ctx: KpiContext): KpiReport['speedToLeadHours'] => {
  const created = ctx.createdFacts();
  const hours = created.flatMap((facts) =>
    facts.deal.firstTouchAt === null ? [] : [speedToLeadHours(facts.deal.createdAt, facts.deal.firstTouchAt)],
  );
  const withSla = created.filter((facts) => ctx.stages.get(facts.createdStageId ?? '')?.slaHours != null);
  const inSla = withSla.filter((facts) => withinSla(ctx, facts));
  return { median: roundTo(median(hours), 2), withinSla: ratio(inSla.length, withSla.length), n: hours.length };
};

export const withinSla = (ctx: KpiContext, facts: KpiContext['facts'][number]): boolean => {
  const sla = ctx.stages.get(facts.createdStageId ?? '')?.slaHours;
  const touch = facts.deal.firstTouchAt;
  return sla != null && touch !== null && speedToLeadHours(facts.deal.createdAt, touch) <= sla;
};

/**
 * Stage keys shown: every live stage of the pipelines in scope, then any other stage with data;
 * each key once — the seeded stages of pipelines made from the default funnel share their key
 * (and their figures), so "Qualification" is one row, not one per pipeline.
 */
export const stagesInScope = (ctx: KpiContext, used: ReadonlySet<string>): KpiReport['stages'] => {
  const pipeline = ctx.input.filters.pipelineId;
  const keys = new Set<string>();
  return ctx.input.stages
    .filter(
      (stage) => used.has(stage.id) || (!stage.archived && (pipeline === undefined || stage.pipelineId === pipeline)),
    )
    .filter((stage) => !keys.has(stage.key) && keys.add(stage.key))
    .map((stage) => ({
      key: stage.key,
      id: stage.id,
      pipelineId: stage.pipelineId,
      name: stage.name,
      defaultKey: stage.defaultKey,
      step: stage.step,
    }));
};

/**
 * Median days in stage over exits in the period, with the open deals' current age and rot, per
 * stage key: every stage sharing a key counts (as the key's drill-down lists them), each open
 * deal rotting by its own stage's rot days.
 */
export const timeInStage = (ctx: KpiContext, stages: KpiReport['stages']): KpiReport['timeInStageDays'] => {
  const result: KpiReport['timeInStageDays'] = {};
  const exits = groupBy(ctx.exitsInPeriod(), (exit) => ctx.stageKey(exit.stay.stageId) ?? exit.stay.stageId);
  const openDeals = groupBy(ctx.input.openDeals, (deal) => ctx.stageKey(deal.stageId) ?? deal.stageId);
  const rotDaysOf = (stageId: string) => ctx.stages.get(stageId)?.rotDays ?? null;
  for (const stage of stages) {
    const durations = (exits.get(stage.key) ?? []).map((exit) => daysBetween(exit.stay.enteredAt, exit.stay.exitAt));
    const open = openDeals.get(stage.key) ?? [];
    const ages = open.map((deal) => daysBetween(deal.stageEnteredAt, ctx.input.asOf));
    result[stage.key] = {
      median: roundTo(median(durations), 2),
      n: durations.length,
      open: open.length,
      openMedianDays: roundTo(median(ages), 2),
      rotting: open.filter((deal) =>
        isRotting(daysInStage(deal.stageEnteredAt, ctx.input.asOf), rotDaysOf(deal.stageId)),
      ).length,
    };
  }
  return result;
};
