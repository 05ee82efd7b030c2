import type { HandlersOf } from '../../Handlers';
import { searchWorkspace } from './searchWorkspace';

export const searchHandlers: HandlersOf<'search.everywhere'> = {
  'search.everywhere': (input, ctx) => searchWorkspace(ctx.db, input),
};
