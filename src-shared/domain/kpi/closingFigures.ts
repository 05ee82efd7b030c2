import type { KpiReport } from '../../contract/schemas/kpi';
import type { DealFacts } from './deriveDealFacts';
import { groupBy } from './groupBy';
import { daysBetween, type KpiContext } from './KpiContext';
import { mean, median } from './median';
import { minorPer, ratio, roundTo } from './ratio';

/** Count and value (in the report currency) of a set of deals. */
export const countValue = (ctx: KpiContext, deals: readonly DealFacts[]): { count: number; value: number } => ({
  count: deals.length,
  value: deals.reduce((sum, facts) => sum + (ctx.inCurrency(facts.deal.currency) ? facts.deal.valueMinor : 0), 0),
});

export const wonInPeriod = (ctx: KpiContext): readonly DealFacts[] => ctx.closedFacts('won');
export const lostInPeriod = (ctx: KpiContext): readonly DealFacts[] => ctx.closedFacts('lost');

export const closingFigures = (
  ctx: KpiContext,
): Pick<KpiReport, 'winRate' | 'won' | 'lost' | 'revenue' | 'avgDealSize' | 'salesCycleDays'> => {
  const won = wonInPeriod(ctx);
  const lost = lostInPeriod(ctx);
  const wonFigures = countValue(ctx, won);
  const wonInCurrency = won.filter((facts) => ctx.inCurrency(facts.deal.currency)).length;
  const cycles = won.map((facts) => daysBetween(facts.deal.createdAt, facts.close?.at ?? facts.deal.createdAt));
  return {
    winRate: ratio(won.length, won.length + lost.length),
    won: wonFigures,
    lost: countValue(ctx, lost),
    revenue: wonFigures.value,
    avgDealSize: minorPer(wonFigures.value, wonInCurrency),
    salesCycleDays: { median: roundTo(median(cycles), 2), mean: roundTo(mean(cycles), 2) },
  };
};

/** Lost in the period by reason, then by the stage lost at (stage order), most frequent first. */
export const lossReasons = (ctx: KpiContext): KpiReport['lossReasons'] => {
  const names = new Map(ctx.input.lossReasons.map((reason) => [reason.id, reason]));
  const groups = groupBy(lostInPeriod(ctx), (facts) => facts.deal.lossReasonId);
  const rank = (stageId: string) => ctx.stages.get(stageId)?.rank ?? Number.MAX_SAFE_INTEGER;
  return [...groups.entries()]
    .map(([id, deals]) => {
      const byStage = groupBy(deals, (facts) => facts.close?.stageId ?? '');
      const reason = id === null ? undefined : names.get(id);
      return {
        id,
        name: reason?.name ?? null,
        defaultKey: reason?.defaultKey ?? null,
        ...countValue(ctx, deals),
        byStage: [...byStage.entries()]
          .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
          .map(([stageId, stageDeals]) => ({
            stageKey: ctx.stageKey(stageId) ?? stageId,
            ...countValue(ctx, stageDeals),
          })),
      };
    })
    .sort((a, b) => b.count - a.count || b.value - a.value || String(a.id).localeCompare(String(b.id)));
};

/** Deals won in the period whose company had won another deal strictly before. */
export const repeatSaleDeals = (ctx: KpiContext): DealFacts[] => {
  const firstWin = groupBy(ctx.input.companyWins, (win) => win.companyId);
  return wonInPeriod(ctx).filter((facts) => {
    const { companyId } = facts.deal;
    const wonAt = facts.close?.at ?? 0;
    return (
      companyId !== null &&
      (firstWin.get(companyId) ?? []).some((win) => win.dealId !== facts.deal.id && win.wonAt < wonAt)
    );
  });
};

/** Mean total won value per customer company, over every win (of the filtered deals) so far. */
export const lifetimeValue = (ctx: KpiContext): number | null => {
  const wins = ctx.input.wins.filter((win) => ctx.inCurrency(win.currency));
  const companies = new Set(wins.map((win) => win.companyId));
  return minorPer(
    wins.reduce((sum, win) => sum + win.valueMinor, 0),
    companies.size,
  );
};
