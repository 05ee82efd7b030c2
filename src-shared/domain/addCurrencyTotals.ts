/** What a board shows for one currency (the contract's CurrencyTotal has this shape). */
export type MoneyTotal = { currency: string; count: number; sumMinor: number; weightedMinor: number };

/**
 * Several lists of per-currency totals (e.g. one per column) added up per currency: counts, sums
 * and weighted sums of the same currency together, never one currency into another. Each
 * weighted sum was already rounded once on its own total, so the result is their exact sum.
 */
export const addCurrencyTotals = (lists: readonly (readonly MoneyTotal[])[]): MoneyTotal[] => {
  const byCurrency = new Map<string, MoneyTotal>();
  for (const list of lists) {
    for (const total of list) {
      const into = byCurrency.get(total.currency);
      if (into) {
        into.count += total.count;
        into.sumMinor += total.sumMinor;
        into.weightedMinor += total.weightedMinor;
      } else {
        byCurrency.set(total.currency, { ...total });
      }
    }
  }
  return [...byCurrency.values()];
};
