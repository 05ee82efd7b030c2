import { query } from '../procedure';
import { boardColumnInputSchema, boardColumnPageSchema, boardInputSchema, boardSchema } from '../schemas/board';

export const boardProcedures = {
  /** Every active stage of a pipeline with header totals and its first open cards. */
  'deals.board': query(boardInputSchema, boardSchema),
  /** The next page of one column, after a card (keyset on position, id). */
  'deals.boardColumn': query(boardColumnInputSchema, boardColumnPageSchema),
} as const;
