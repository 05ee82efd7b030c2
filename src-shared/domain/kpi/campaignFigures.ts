import type { KpiReport } from '../../contract/schemas/kpi';
import type { KpiCampaignCost } from './KpiInput';
import type { KpiContext } from './KpiContext';
import { wonInPeriod } from './closingFigures';
import { groupBy } from './groupBy';
import { minorPer } from './ratio';
import type { PeriodRange } from './KpiPeriod';

/**
 * The part of a cost row that falls in the period, pro rata by time, in exact integer maths
 * (amount × overlap can pass 2^53), rounded half up.
 */
export const attributedCost = (cost: KpiCampaignCost, range: PeriodRange): number => {
  const overlap = Math.min(cost.periodEnd, range.to) - Math.max(cost.periodStart, range.from);
  if (overlap <= 0) return 0;
  const length = cost.periodEnd - cost.periodStart;
  if (overlap >= length) return cost.amountMinor;
  return Number((BigInt(cost.amountMinor) * BigInt(overlap) * 2n + BigInt(length)) / (2n * BigInt(length)));
};

/**
 * Per campaign: cost attributed to the period, leads created in it (and of them the qualified),
 * deals won in it; CPL, cost per qualified lead and CAC. Campaigns with nothing in the period are left out.
 */
export const campaignFigures = (ctx: KpiContext): KpiReport['campaigns'] => {
  const { input } = ctx;
  const scoped = input.filters.campaignId;
  // Grouped once: filtering every lead and win again for each campaign was most of this figure.
  const won = groupBy(wonInPeriod(ctx), (facts) => facts.deal.campaignId);
  const created = groupBy(ctx.createdFacts(), (facts) => facts.deal.campaignId);
  return input.campaigns
    .filter((campaign) => scoped === undefined || campaign.id === scoped)
    .map((campaign) => {
      const cost = input.campaignCosts
        .filter((row) => row.campaignId === campaign.id && ctx.inCurrency(row.currency))
        .reduce((sum, row) => sum + attributedCost(row, input.range), 0);
      const leads = created.get(campaign.id) ?? [];
      const qualified = leads.filter(ctx.qualified).length;
      const campaignWon = won.get(campaign.id)?.length ?? 0;
      return {
        id: campaign.id,
        name: campaign.name,
        cost,
        leads: leads.length,
        cpl: minorPer(cost, leads.length),
        qualified,
        costPerQualified: minorPer(cost, qualified),
        won: campaignWon,
        cac: minorPer(cost, campaignWon),
      };
    })
    .filter((row) => row.cost > 0 || row.leads > 0 || row.won > 0)
    .sort((a, b) => b.cost - a.cost || b.leads - a.leads || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
};
