import type { Board, BoardCard, CurrencyTotal } from '@shared/contract/schemas/board';
import type { Pipeline, Stage } from '@shared/contract/schemas/pipelines';

/** One column as the board keeps it: header figures plus the ids of the cards loaded so far. */
export type ColumnState = {
  stage: Stage;
  count: number;
  /** Sum and weighted sum per currency, in the board's `currencies` order. */
  byCurrency: CurrencyTotal[];
  cardIds: string[];
  hasMore: boolean;
};

/** The board normalised: cards by id, columns by stage id, stage order apart. */
export type BoardData = {
  pipeline: Pipeline;
  /** The workspace currency: an empty column shows its zero in it. */
  currency: string;
  /** The order every list of per-currency totals follows (the core's `currencyOrder`). */
  currencies: string[];
  asOf: number;
  stageIds: string[];
  columns: Record<string, ColumnState>;
  cards: Record<string, BoardCard>;
};

export const fromBoard = (board: Board): BoardData => {
  const columns: Record<string, ColumnState> = {};
  const cards: Record<string, BoardCard> = {};
  for (const column of board.columns) {
    columns[column.stageId] = {
      stage: column.stage,
      count: column.count,
      byCurrency: column.byCurrency,
      cardIds: column.cards.map((card) => card.id),
      hasMore: column.hasMore,
    };
    for (const card of column.cards) cards[card.id] = card;
  }
  return {
    pipeline: board.pipeline,
    currency: board.currency,
    // The workspace currency leads even before it has deals (a quick-added one lands first).
    currencies: [
      board.currency,
      ...board.totals.byCurrency.map((total) => total.currency).filter((code) => code !== board.currency),
    ],
    asOf: board.asOf,
    stageIds: board.columns.map((column) => column.stageId),
    columns,
    cards,
  };
};

/** Which column a loaded card sits in (null: not on the board). */
export const stageOfCard = (data: BoardData, cardId: string): string | null => {
  for (const stageId of data.stageIds) {
    if (data.columns[stageId]?.cardIds.includes(cardId)) return stageId;
  }
  return null;
};
