import type { TrendWeek } from '../../contract/schemas/analytics';
import { FUNNEL_STEPS, type FunnelStep } from '../funnelSteps';
import type { DealFacts } from './deriveDealFacts';
import type { KpiContext } from './KpiContext';
import { ratio } from './ratio';
import type { RangeWeek } from './weeksOfRange';

const byStep = <T>(value: (step: number) => T): Record<FunnelStep, T> =>
  Object.fromEntries(FUNNEL_STEPS.map((step, index) => [step, value(index)])) as Record<FunnelStep, T>;

/** Whether a deal's first entry into `step` (or a later one) falls in the week, by the as-of time. */
export const enteredInWeek = (ctx: KpiContext, facts: DealFacts, step: number, week: RangeWeek): boolean => {
  const at = facts.reach[step] ?? null;
  return ctx.inPeriod(at) && at !== null && at >= week.from && at < week.to;
};

/**
 * Weekly cohorts: per week and step, the deals that entered it that week and the share of them
 * that reached a later step by the as-of time (the report's conversion, one week at a time).
 * `ctx` covers all the weeks.
 */
export const conversionTrend = (ctx: KpiContext, weeks: readonly RangeWeek[]): TrendWeek[] =>
  weeks.map((week) => {
    const cohorts = FUNNEL_STEPS.map((_, step) => ctx.facts.filter((facts) => enteredInWeek(ctx, facts, step, week)));
    return {
      ...week,
      entered: byStep((step) => cohorts[step]?.length ?? 0),
      conversion: byStep((step) => {
        const cohort = cohorts[step] ?? [];
        if (step === FUNNEL_STEPS.length - 1) return null;
        return ratio(cohort.filter((facts) => ctx.converted(facts, step)).length, cohort.length);
      }),
    };
  });
