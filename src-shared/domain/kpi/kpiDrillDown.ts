import { calendarDateToUtcMs } from '../calendarDate';
import type { KpiDrillDeal, KpiDrillDownResult } from '../../contract/schemas/kpi';
import type { KpiDrillDownInput } from '../../contract/schemas/kpi';
import { daysInStage, isRotting } from '../boardFigures';
import { FUNNEL_STEPS } from '../funnelSteps';
import { lostInPeriod, repeatSaleDeals, wonInPeriod } from './closingFigures';
import type { DealFacts } from './deriveDealFacts';
import { forecastMonth } from './forecastFigures';
import { withinSla } from './funnelFigures';
import { createKpiContext, type KpiContext } from './KpiContext';
import type { KpiInput, KpiOpenDeal } from './KpiInput';
import { weightedSum } from './weightedValue';

export type KpiDrillRequest = Omit<KpiDrillDownInput, 'period' | 'filters' | 'asOf' | 'limit'> & { limit: number };

type Row = KpiDrillDeal;

const fromFacts = (ctx: KpiContext, facts: DealFacts, at: number | null, stageId?: string | null): Row => ({
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

const NOON = 12 * 3_600_000;

const fromOpen = (ctx: KpiContext, deal: KpiOpenDeal, at: number | null): Row => ({
  id: deal.id,
  title: deal.title,
  valueMinor: deal.valueMinor,
  currency: deal.currency,
  ownerId: deal.ownerId,
  stageKey: ctx.stageKey(deal.stageId),
  weightedMinor: weightedSum([
    { valueMinor: deal.valueMinor, basisPoints: ctx.stages.get(deal.stageId)?.basisPoints ?? 0 },
  ]),
  reasonId: null,
  at,
});

const stepIndex = (request: KpiDrillRequest): number => FUNNEL_STEPS.indexOf(request.step ?? 'awareness');

const rowsFor = (ctx: KpiContext, request: KpiDrillRequest): Row[] => {
  const { facts } = ctx;
  const step = stepIndex(request);
  const closedRow = (item: DealFacts) => fromFacts(ctx, item, item.close?.at ?? null, item.close?.stageId ?? null);
  const created = () => ctx.createdFacts();
  const exits = (compliantOnly: boolean | null) =>
    ctx
      .gatedExitsInPeriod()
      .filter((exit) => request.stageKey === undefined || ctx.stageKey(exit.stay.stageId) === request.stageKey)
      .filter((exit) => compliantOnly === null || exit.compliant === compliantOnly)
      .map((exit) => fromFacts(ctx, exit.facts, exit.stay.exitAt, exit.stay.stageId));
  const openIn = () => ctx.input.openDeals.filter((deal) => ctx.stageKey(deal.stageId) === request.stageKey);
  switch (request.figure) {
    case 'entered':
      return facts
        .filter((item) => ctx.enteredInPeriod(item, step))
        .map((item) => fromFacts(ctx, item, item.reach[step] ?? null));
    case 'converted':
      return facts
        .filter((item) => ctx.enteredInPeriod(item, step) && ctx.converted(item, step))
        .map((item) => fromFacts(ctx, item, item.reach[step + 1] ?? null));
    case 'created':
      return created().map((item) => fromFacts(ctx, item, item.deal.createdAt));
    case 'qualified':
      return created()
        .filter(ctx.qualified)
        .map((item) => fromFacts(ctx, item, item.deal.createdAt));
    case 'won':
      return wonInPeriod(ctx).map(closedRow);
    case 'lost':
      return lostInPeriod(ctx).map(closedRow);
    case 'repWon':
      return wonInPeriod(ctx)
        .filter((item) => item.deal.ownerId === (request.ownerId ?? null))
        .map(closedRow);
    case 'timeInStage':
      return ctx
        .exitsInPeriod()
        .filter((exit) => ctx.stageKey(exit.stay.stageId) === request.stageKey)
        .map((exit) => fromFacts(ctx, exit.facts, exit.stay.exitAt, exit.stay.stageId));
    case 'open':
      return openIn().map((deal) => fromOpen(ctx, deal, deal.stageEnteredAt));
    case 'rotting':
      return openIn()
        .filter((deal) =>
          isRotting(daysInStage(deal.stageEnteredAt, ctx.input.asOf), ctx.stages.get(deal.stageId)?.rotDays ?? null),
        )
        .map((deal) => fromOpen(ctx, deal, deal.stageEnteredAt));
    case 'speedToLead':
      return created()
        .filter((item) => item.deal.firstTouchAt !== null)
        .map((item) => fromFacts(ctx, item, item.deal.firstTouchAt));
    case 'withinSla':
      return created()
        .filter((item) => withinSla(ctx, item))
        .map((item) => fromFacts(ctx, item, item.deal.firstTouchAt));
    case 'campaignLeads':
      return created()
        .filter((item) => item.deal.campaignId === request.campaignId)
        .map((item) => fromFacts(ctx, item, item.deal.createdAt));
    case 'campaignWon':
      return wonInPeriod(ctx)
        .filter((item) => item.deal.campaignId === request.campaignId)
        .map(closedRow);
    case 'lossReason':
      return lostInPeriod(ctx)
        .filter((item) => item.deal.lossReasonId === (request.reasonId ?? null))
        .filter(
          (item) => request.stageKey === undefined || ctx.stageKey(item.close?.stageId ?? null) === request.stageKey,
        )
        .map(closedRow);
    case 'forecast':
      return (
        ctx.input.openDeals
          .filter((deal) => forecastMonth(deal) === (request.month ?? null))
          // Noon UTC of the day: the same calendar day in every zone within ±12 h of UTC.
          .map((deal) =>
            fromOpen(
              ctx,
              deal,
              deal.expectedCloseOn === null ? null : calendarDateToUtcMs(deal.expectedCloseOn) + NOON,
            ),
          )
      );
    case 'openDeals':
      return ctx.input.openDeals.map((deal) =>
        fromOpen(ctx, deal, deal.expectedCloseOn === null ? null : calendarDateToUtcMs(deal.expectedCloseOn) + NOON),
      );
    case 'repeatSales':
      return repeatSaleDeals(ctx).map(closedRow);
    case 'complianceExits':
      return exits(null);
    case 'nonCompliantExits':
      return exits(false);
  }
};

/**
 * The deals behind one figure, by the same predicates the figure uses; largest first (open
 * deals by weighted value, the rest by value).
 */
export const kpiDrillDown = (input: KpiInput, request: KpiDrillRequest): KpiDrillDownResult => {
  const size = (row: Row) => row.weightedMinor ?? row.valueMinor;
  const rows = rowsFor(createKpiContext(input), request).sort(
    (a, b) =>
      size(b) - size(a) || b.valueMinor - a.valueMinor || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
  );
  return { deals: rows.slice(0, request.limit), total: rows.length };
};
