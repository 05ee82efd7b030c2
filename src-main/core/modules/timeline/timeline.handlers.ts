import type { HandlersOf } from '../../Handlers';
import { timelinePage } from './timelinePage';

export const timelineHandlers: HandlersOf<'timeline.page'> = {
  'timeline.page': (input, ctx) => timelinePage(ctx.db, input, ctx.clock.now()),
};
