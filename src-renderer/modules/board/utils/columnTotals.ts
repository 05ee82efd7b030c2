import type { BoardCard } from '@shared/contract/schemas/board';
import { weightedMinor } from '@shared/domain/boardFigures';
import { inCurrencyOrder } from '@shared/domain/inCurrencyOrder';
import type { ColumnState } from './boardData';

/**
 * A column's header with one card added (`sign` 1) or taken away (-1), computed exactly as the
 * core does (per currency, weighted sums rounded once per currency total), so an optimistic move
 * shows the same figures the next full load will. `currencies` is the board's listing order.
 */
export const adjustTotals = (
  column: ColumnState,
  card: Pick<BoardCard, 'valueMinor' | 'currency'>,
  sign: 1 | -1,
  currencies: readonly string[],
): ColumnState => {
  const probability = column.stage.probability;
  const totals = column.byCurrency.map((total) => ({ ...total }));
  let entry = totals.find((total) => total.currency === card.currency);
  if (!entry) {
    entry = { currency: card.currency, count: 0, sumMinor: 0, weightedMinor: 0 };
    totals.push(entry);
  }
  entry.count += sign;
  entry.sumMinor += sign * card.valueMinor;
  entry.weightedMinor = weightedMinor(entry.sumMinor, probability);
  return {
    ...column,
    count: Math.max(0, column.count + sign),
    byCurrency: inCurrencyOrder(
      totals.filter((total) => total.count > 0),
      currencies,
    ),
  };
};
