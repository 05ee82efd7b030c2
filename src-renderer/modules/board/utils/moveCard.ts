import type { BoardCard } from '@shared/contract/schemas/board';
import { keyBetweenNeighbours } from '@shared/domain/listPlacement';
import type { BoardData, ColumnState } from './boardData';
import { stageOfCard } from './boardData';
import { adjustTotals } from './columnTotals';

const withoutCard = (column: ColumnState, cardId: string): string[] => column.cardIds.filter((id) => id !== cardId);

/** Every card of a column shares its stage's required-item count; a moved card takes it on. */
const requiredOf = (data: BoardData, column: ColumnState): number => {
  const sample = column.cardIds.map((id) => data.cards[id]).find((card) => card !== undefined);
  return sample?.openChecklist.required ?? 0;
};

/**
 * The key the core gives a card dropped between these loaded neighbours (the same rule as the
 * core's), or null when only a rebalance of the column can make room. When the board is filtered
 * the core may see other neighbours; its answer then replaces this guess.
 */
export const expectedPosition = (data: BoardData, ids: readonly string[], index: number): string | null =>
  keyBetweenNeighbours(
    data.cards[ids[index - 1] ?? '']?.position ?? null,
    data.cards[ids[index + 1] ?? '']?.position ?? null,
  );

/**
 * The board with one card dropped at `index` of the column `toStageId` (index in the column as
 * it will read after the drop). Across columns both headers change and the card restarts its
 * days in stage and SLA clock, as the core will record it; its checklist counts are re-read after the server
 * confirms the move. The card takes the key the core is expected to give it, so a confirmed move
 * usually needs no second render.
 */
export const moveCard = (data: BoardData, cardId: string, toStageId: string, index: number, now: number): BoardData => {
  const fromStageId = stageOfCard(data, cardId);
  const card = data.cards[cardId];
  const from = fromStageId ? data.columns[fromStageId] : undefined;
  const to = data.columns[toStageId];
  if (!card || !from || !to || !fromStageId) return data;

  if (fromStageId === toStageId) {
    const ids = withoutCard(from, cardId);
    const at = Math.min(Math.max(index, 0), ids.length);
    ids.splice(at, 0, cardId);
    const placed: BoardCard = { ...card, position: expectedPosition(data, ids, at) ?? card.position };
    return {
      ...data,
      cards: { ...data.cards, [cardId]: placed },
      columns: { ...data.columns, [toStageId]: { ...from, cardIds: ids } },
    };
  }
  const targetIds = withoutCard(to, cardId);
  const at = Math.min(Math.max(index, 0), targetIds.length);
  targetIds.splice(at, 0, cardId);
  const moved: BoardCard = {
    ...card,
    position: expectedPosition(data, targetIds, at) ?? card.position,
    daysInStage: 0,
    rotting: false,
    stageEnteredAt: now,
    // The first touch is the deal's, kept across the move (from a stage without an SLA it was
    // not read: the reload after the move brings it).
    openChecklist: { required: requiredOf(data, to), done: 0 },
  };
  return {
    ...data,
    cards: { ...data.cards, [cardId]: moved },
    columns: {
      ...data.columns,
      [fromStageId]: { ...adjustTotals(from, card, -1, data.currencies), cardIds: withoutCard(from, cardId) },
      [toStageId]: { ...adjustTotals(to, card, 1, data.currencies), cardIds: targetIds },
    },
  };
};

/** The board without a card (won, lost or deleted): it leaves its column and the column's totals. */
export const removeCard = (data: BoardData, cardId: string): BoardData => {
  const stageId = stageOfCard(data, cardId);
  const card = data.cards[cardId];
  const column = stageId ? data.columns[stageId] : undefined;
  if (!stageId || !card || !column) return data;
  const cards = { ...data.cards };
  delete cards[cardId];
  return {
    ...data,
    cards,
    columns: {
      ...data.columns,
      [stageId]: { ...adjustTotals(column, card, -1, data.currencies), cardIds: withoutCard(column, cardId) },
    },
  };
};

/** The neighbours to send with `deals.move`: the card now directly before it, else directly after. */
export const dropAnchor = (ids: readonly string[], cardId: string): { afterId?: string; beforeId?: string } => {
  const index = ids.indexOf(cardId);
  const afterId = index > 0 ? ids[index - 1] : undefined;
  if (afterId !== undefined) return { afterId };
  const beforeId = index >= 0 ? ids[index + 1] : undefined;
  return beforeId !== undefined ? { beforeId } : {};
};

/** Puts a card (back) into a column at `index`, adding it to the totals: the undo of `removeCard`. */
export const insertCard = (data: BoardData, card: BoardCard, stageId: string, index: number): BoardData => {
  const column = data.columns[stageId];
  if (!column || column.cardIds.includes(card.id)) return data;
  const ids = [...column.cardIds];
  ids.splice(Math.min(Math.max(index, 0), ids.length), 0, card.id);
  return {
    ...data,
    cards: { ...data.cards, [card.id]: card },
    columns: { ...data.columns, [stageId]: { ...adjustTotals(column, card, 1, data.currencies), cardIds: ids } },
  };
};

/** A column with the next page of cards appended (cards already shown are not repeated). */
export const appendCards = (
  data: BoardData,
  stageId: string,
  cards: readonly BoardCard[],
  hasMore: boolean,
): BoardData => {
  const column = data.columns[stageId];
  if (!column) return data;
  const known = new Set(column.cardIds);
  const fresh = cards.filter((card) => !known.has(card.id));
  const byId = { ...data.cards };
  for (const card of fresh) byId[card.id] = card;
  return {
    ...data,
    cards: byId,
    columns: {
      ...data.columns,
      [stageId]: { ...column, cardIds: [...column.cardIds, ...fresh.map((c) => c.id)], hasMore },
    },
  };
};
