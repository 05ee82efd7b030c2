import type { HandlersOf } from '../../Handlers';
import { boardColumnPage, dealsBoard } from './board.service';

export const boardHandlers: HandlersOf<'deals.board' | 'deals.boardColumn'> = {
  'deals.board': (input, ctx) => dealsBoard(ctx, input),
  'deals.boardColumn': (input, ctx) => boardColumnPage(ctx, input),
};
