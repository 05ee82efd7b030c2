import type { KpiReport } from '../../contract/schemas/kpi';
import { campaignFigures } from './campaignFigures';
import { closingFigures, countValue, lifetimeValue, lossReasons, repeatSaleDeals } from './closingFigures';
import { forecastFigures } from './forecastFigures';
import { funnelFigures, speedToLead, stagesInScope, timeInStage } from './funnelFigures';
import { createKpiContext, type KpiContext } from './KpiContext';
import type { KpiInput } from './KpiInput';
import { ratio, roundTo } from './ratio';
import { repFigures } from './repFigures';

const complianceByStage = (ctx: KpiContext): KpiReport['complianceByStage'] => {
  const result: KpiReport['complianceByStage'] = {};
  for (const exit of ctx.gatedExitsInPeriod()) {
    const key = ctx.stageKey(exit.stay.stageId) ?? exit.stay.stageId;
    const entry = (result[key] ??= { exits: 0, compliant: 0, rate: null });
    entry.exits += 1;
    if (exit.compliant) entry.compliant += 1;
  }
  for (const entry of Object.values(result)) entry.rate = ratio(entry.compliant, entry.exits);
  return result;
};

const usedStageIds = (ctx: KpiContext): Set<string> => {
  const used = new Set<string>();
  for (const exit of ctx.exitsInPeriod()) used.add(exit.stay.stageId);
  for (const deal of ctx.input.openDeals) used.add(deal.stageId);
  for (const facts of ctx.facts) if (facts.close) used.add(facts.close.stageId);
  return used;
};

/**
 * Every DESIGN §6 figure for one period, from the loaded histories (the core loads, this
 * computes; nothing is computed anywhere else). Pure: the same input gives the same report.
 * A caller that already built the context for other figures passes it so it is built once.
 */
export const computeKpis = (input: KpiInput, ctx: KpiContext = createKpiContext(input)): KpiReport => {
  const stages = stagesInScope(ctx, usedStageIds(ctx));
  const gated = ctx.gatedExitsInPeriod();
  const { promoters, detractors, responses } = input.nps;
  const nps = ratio(promoters - detractors, responses);
  return {
    period: {
      from: input.range.from,
      to: input.range.to,
      asOf: input.asOf,
      label: input.label,
      timeZone: input.timeZone,
    },
    currency: input.currency,
    ...funnelFigures(ctx),
    ...closingFigures(ctx),
    timeInStageDays: timeInStage(ctx, stages),
    stages,
    speedToLeadHours: speedToLead(ctx),
    campaigns: campaignFigures(ctx),
    reps: repFigures(ctx),
    lossReasons: lossReasons(ctx),
    forecast: forecastFigures(ctx),
    churnRate: ratio(input.customers.churned, input.customers.activeAtStart),
    ltv: lifetimeValue(ctx),
    nps: { score: nps === null ? null : roundTo(nps * 100, 1), responses },
    repeatSales: countValue(ctx, repeatSaleDeals(ctx)),
    compliance: ratio(gated.filter((exit) => exit.compliant).length, gated.length),
    complianceByStage: complianceByStage(ctx),
  };
};
