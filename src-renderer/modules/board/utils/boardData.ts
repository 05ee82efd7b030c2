import type { Board, BoardCard, CurrencyTotal } from '@shared/contract/schemas/board';
import type { Pipeline, Stage } from '@shared/contract/schemas/pipelines';

/** One column as the board keeps it: header figures plus the ids of the cards loaded so far. */
export type ColumnState = {
  stage: Stage;
  count: number;
  sumMinor: number;
  weightedMinor: number;
  otherCurrencies: CurrencyTotal[];
  cardIds: string[];
  hasMore: boolean;
};

/** The board normalised: cards by id, columns by stage id, stage order apart. */
export type BoardData = {
  pipeline: Pipeline;
  currency: string;
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
      sumMinor: column.sumMinor,
      weightedMinor: column.weightedMinor,
      otherCurrencies: column.otherCurrencies,
      cardIds: column.cards.map((card) => card.id),
      hasMore: column.hasMore,
    };
    for (const card of column.cards) cards[card.id] = card;
  }
  return {
    pipeline: board.pipeline,
    currency: board.currency,
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
