/**
 * The order totals in several currencies are listed in: the workspace currency first (it is what
 * new deals are made in), then the others by how many deals are in them (most first), then by
 * code. Amounts of different currencies are never compared: there is no rate between them.
 */
export const currencyOrder = (
  totals: readonly { currency: string; count: number }[],
  workspaceCurrency: string,
): string[] =>
  [...totals]
    .sort(
      (a, b) =>
        Number(b.currency === workspaceCurrency) - Number(a.currency === workspaceCurrency) ||
        b.count - a.count ||
        a.currency.localeCompare(b.currency),
    )
    .map((total) => total.currency);
