/**
 * Totals sorted by a board's `currencyOrder`, so every column lists its currencies in the same
 * order as the toolbar; a currency the order does not know goes last, by code.
 */
export const inCurrencyOrder = <T extends { currency: string }>(
  totals: readonly T[],
  order: readonly string[],
): T[] => {
  const rank = (currency: string) => {
    const index = order.indexOf(currency);
    return index === -1 ? order.length : index;
  };
  return [...totals].sort((a, b) => rank(a.currency) - rank(b.currency) || a.currency.localeCompare(b.currency));
};
