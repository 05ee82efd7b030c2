import type { HandlersOf } from '../../Handlers';
import { dealHistory } from './history.service';

export const historyHandlers: HandlersOf<'deals.history'> = {
  'deals.history': (input, ctx) => dealHistory(ctx.db, input.id, ctx.clock.now()),
};
