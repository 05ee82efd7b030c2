import type { KpiDrillDeal, KpiDrillDownResult } from '../../contract/schemas/kpi';
import type { SpeedBucket } from '../../contract/schemas/analytics';
import { FUNNEL_STEPS, type FunnelStep } from '../funnelSteps';
import { lostInPeriod, wonInPeriod } from './closingFigures';
import { enteredInWeek } from './conversionTrend';
import type { DealFacts } from './deriveDealFacts';
import type { KpiContext } from './KpiContext';
import { speedBucketOf } from './speedToLeadBuckets';
import type { RangeWeek } from './weeksOfRange';

/** The analytics page's own figures whose deals come from the engine's facts. */
export type AnalyticsFactsDrill =
  | { figure: 'dropOff'; step: FunnelStep }
  | { figure: 'trendEntered'; step: FunnelStep; week: RangeWeek }
  | { figure: 'speedBucket'; bucket: SpeedBucket }
  | { figure: 'sourceLeads' | 'sourceWon'; sourceId: string | null }
  | { figure: 'repClosed' | 'repExits'; ownerId: string | null };

const row = (ctx: KpiContext, facts: DealFacts, at: number | null, stageId?: string | null): KpiDrillDeal => ({
  id: facts.deal.id,
  title: facts.deal.title,
  valueMinor: facts.deal.valueMinor,
  currency: facts.deal.currency,
  ownerId: facts.deal.ownerId,
  stageKey: ctx.stageKey(stageId === undefined ? facts.currentStageId : stageId),
  weightedMinor: null,
  reasonId: facts.close?.status === 'lost' ? facts.deal.lossReasonId : null,
  at,
});

const rowsFor = (ctx: KpiContext, request: AnalyticsFactsDrill): KpiDrillDeal[] => {
  const created = () => ctx.createdFacts();
  const closed = (facts: DealFacts) => row(ctx, facts, facts.close?.at ?? null, facts.close?.stageId ?? null);
  switch (request.figure) {
    case 'dropOff': {
      const step = FUNNEL_STEPS.indexOf(request.step);
      return ctx.facts
        .filter((facts) => ctx.enteredInPeriod(facts, step) && !ctx.converted(facts, step))
        .map((facts) => row(ctx, facts, facts.reach[step] ?? null));
    }
    case 'trendEntered': {
      const step = FUNNEL_STEPS.indexOf(request.step);
      return ctx.facts
        .filter((facts) => enteredInWeek(ctx, facts, step, request.week))
        .map((facts) => row(ctx, facts, facts.reach[step] ?? null));
    }
    case 'speedBucket':
      return created()
        .filter((facts) => speedBucketOf(facts) === request.bucket)
        .map((facts) => row(ctx, facts, facts.deal.firstTouchAt ?? facts.deal.createdAt));
    case 'sourceLeads':
      return created()
        .filter((facts) => facts.deal.sourceId === request.sourceId)
        .map((facts) => row(ctx, facts, facts.deal.createdAt));
    case 'sourceWon':
      return wonInPeriod(ctx)
        .filter((facts) => facts.deal.sourceId === request.sourceId)
        .map(closed);
    case 'repClosed':
      return [...wonInPeriod(ctx), ...lostInPeriod(ctx)]
        .filter((facts) => facts.deal.ownerId === request.ownerId)
        .map(closed);
    case 'repExits':
      return ctx
        .gatedExitsInPeriod()
        .filter((exit) => exit.facts.deal.ownerId === request.ownerId)
        .map((exit) => row(ctx, exit.facts, exit.stay.exitAt, exit.stay.stageId));
  }
};

/** Largest first, then by title: the order kpi.drillDown lists in. */
export const sortDrillRows = (rows: KpiDrillDeal[], limit: number): KpiDrillDownResult => {
  const size = (deal: KpiDrillDeal) => deal.weightedMinor ?? deal.valueMinor;
  const sorted = [...rows].sort(
    (a, b) =>
      size(b) - size(a) || b.valueMinor - a.valueMinor || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
  );
  return { deals: sorted.slice(0, limit), total: sorted.length };
};

/** The deals behind one of the analytics page's own figures, by the predicates the figure uses. */
export const analyticsDrillDown = (ctx: KpiContext, request: AnalyticsFactsDrill, limit: number): KpiDrillDownResult =>
  sortDrillRows(rowsFor(ctx, request), limit);
