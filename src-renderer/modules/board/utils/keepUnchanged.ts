import type { BoardData, ColumnState } from './boardData';
import { sameJson } from '../../../ui/sameJson';

/** The previous value when it holds the same data, so memoised components see the same object. */
const reuse = <T>(previous: T | undefined, next: T): T =>
  previous !== undefined && sameJson(previous, next) ? previous : next;

/** A column whose header, stage and card ids are unchanged stays the same object (and so does its id list). */
const reuseColumn = (previous: ColumnState | undefined, next: ColumnState): ColumnState => {
  if (!previous) return next;
  const column: ColumnState = {
    stage: reuse(previous.stage, next.stage),
    count: next.count,
    byCurrency: reuse(previous.byCurrency, next.byCurrency),
    cardIds: reuse(previous.cardIds, next.cardIds),
    hasMore: next.hasMore,
  };
  return sameJson(previous, column) ? previous : column;
};

/**
 * A freshly loaded board with every card and column that did not change kept as the object the
 * board already shows: a reload (another device's write, a reconcile) then re-renders only the
 * cards and columns that changed, as memoised cards compare their props by identity.
 */
export const keepUnchanged = (previous: BoardData | null, next: BoardData): BoardData => {
  if (!previous) return next;
  const cards: BoardData['cards'] = {};
  for (const [id, card] of Object.entries(next.cards)) cards[id] = reuse(previous.cards[id], card);
  const columns: BoardData['columns'] = {};
  for (const [id, column] of Object.entries(next.columns)) columns[id] = reuseColumn(previous.columns[id], column);
  return {
    ...next,
    pipeline: reuse(previous.pipeline, next.pipeline),
    currencies: reuse(previous.currencies, next.currencies),
    stageIds: reuse(previous.stageIds, next.stageIds),
    columns,
    cards,
  };
};
