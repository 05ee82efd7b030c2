import type { HandlersOf } from '../../Handlers';
import { analyticsDrill, analyticsOverview } from './analytics.service';

export const analyticsHandlers: HandlersOf<'analytics.overview' | 'analytics.drill'> = {
  'analytics.overview': (input, ctx) => analyticsOverview(ctx.db, input, ctx.clock.now()),
  'analytics.drill': (input, ctx) => analyticsDrill(ctx.db, input, ctx.clock.now()),
};
