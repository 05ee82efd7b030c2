import type { KpiReport } from '../../contract/schemas/kpi';
import type { KpiOpenDeal } from './KpiInput';
import { groupBy } from './groupBy';
import type { KpiContext } from './KpiContext';
import { weightedSum } from './weightedValue';

/** The expected close month of an open deal ('YYYY-MM' of its calendar date), or null without a date. */
export const forecastMonth = (deal: KpiOpenDeal): string | null =>
  deal.expectedCloseOn === null ? null : deal.expectedCloseOn.slice(0, 7);

/** Open deals as of then by expected close month: Σ value × stage probability, in integers. */
export const forecastFigures = (ctx: KpiContext): KpiReport['forecast'] => {
  const months = groupBy(ctx.input.openDeals, forecastMonth);
  return [...months.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([month, deals]) => {
      const priced = deals.filter((deal) => ctx.inCurrency(deal.currency));
      return {
        month,
        weighted: weightedSum(
          priced.map((deal) => ({
            valueMinor: deal.valueMinor,
            basisPoints: ctx.stages.get(deal.stageId)?.basisPoints ?? 0,
          })),
        ),
        value: priced.reduce((sum, deal) => sum + deal.valueMinor, 0),
        count: deals.length,
      };
    });
};
