import type { BoardCard } from '@shared/contract/schemas/board';
import { weightedMinor } from '@shared/domain/boardFigures';
import type { ColumnState } from './boardData';

/**
 * A column's header with one card added (`sign` 1) or taken away (-1), computed exactly as the
 * core does (weighted sums rounded once per currency total), so an optimistic move shows the
 * same figures the next full load will.
 */
export const adjustTotals = (
  column: ColumnState,
  card: Pick<BoardCard, 'valueMinor' | 'currency'>,
  sign: 1 | -1,
  boardCurrency: string,
): ColumnState => {
  const probability = column.stage.probability;
  const count = Math.max(0, column.count + sign);
  if (card.currency === boardCurrency) {
    const sumMinor = column.sumMinor + sign * card.valueMinor;
    return { ...column, count, sumMinor, weightedMinor: weightedMinor(sumMinor, probability) };
  }
  const others = column.otherCurrencies.map((total) => ({ ...total }));
  let entry = others.find((total) => total.currency === card.currency);
  if (!entry) {
    entry = { currency: card.currency, count: 0, sumMinor: 0, weightedMinor: 0 };
    others.push(entry);
    others.sort((a, b) => a.currency.localeCompare(b.currency));
  }
  entry.count += sign;
  entry.sumMinor += sign * card.valueMinor;
  entry.weightedMinor = weightedMinor(entry.sumMinor, probability);
  return { ...column, count, otherCurrencies: others.filter((total) => total.count > 0) };
};
