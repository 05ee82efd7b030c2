import type { AnalyticsPeriod } from '../../contract/schemas/analytics';
import { attributedCost } from './campaignFigures';
import { wonInPeriod } from './closingFigures';
import type { KpiContext } from './KpiContext';
import { minorPer } from './ratio';

export type KpiSource = { id: string; name: string | null; defaultKey: string | null };

/**
 * Per lead source: leads created in the period (and of them qualified), deals won in it, and
 * where its campaigns have cost rows, the cost attributed to the period with CPL and cost per
 * qualified lead. `campaignSources` maps a campaign to its source. Sources with nothing are left out.
 */
export const sourceFigures = (
  ctx: KpiContext,
  sources: readonly KpiSource[],
  campaignSources: ReadonlyMap<string, string | null>,
): AnalyticsPeriod['sources'] => {
  const { filters } = ctx.input;
  const created = ctx.createdFacts();
  const won = wonInPeriod(ctx);
  const rows: (KpiSource | { id: null; name: null; defaultKey: null })[] = [
    ...sources,
    { id: null, name: null, defaultKey: null },
  ];
  return rows
    .filter((source) => filters.sourceId === undefined || source.id === filters.sourceId)
    .map((source) => {
      const leads = created.filter((facts) => facts.deal.sourceId === source.id);
      const qualified = leads.filter(ctx.qualified).length;
      // Only the campaigns the filters let through, so the cost matches the leads it is divided by.
      const costs = ctx.input.campaignCosts.filter(
        (row) =>
          source.id !== null &&
          campaignSources.get(row.campaignId) === source.id &&
          (filters.campaignId === undefined || row.campaignId === filters.campaignId) &&
          ctx.inCurrency(row.currency),
      );
      const cost =
        costs.length === 0 ? null : costs.reduce((sum, row) => sum + attributedCost(row, ctx.input.range), 0);
      return {
        id: source.id,
        name: source.name,
        defaultKey: source.defaultKey,
        leads: leads.length,
        qualified,
        won: won.filter((facts) => facts.deal.sourceId === source.id).length,
        cost,
        cpl: cost === null ? null : minorPer(cost, leads.length),
        costPerQualified: cost === null ? null : minorPer(cost, qualified),
      };
    })
    .filter((row) => row.leads > 0 || row.won > 0 || (row.cost ?? 0) > 0)
    .sort((a, b) => b.leads - a.leads || b.won - a.won || String(a.id).localeCompare(String(b.id)));
};
