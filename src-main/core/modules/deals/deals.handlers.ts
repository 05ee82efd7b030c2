import type { HandlersOf } from '../../Handlers';
import { listDeals } from './deals.repo';
import { createDeal, getDeal, updateDeal } from './deals.service';

export const dealsHandlers: HandlersOf<'deals.create' | 'deals.get' | 'deals.update' | 'deals.list'> = {
  'deals.create': (input, ctx) => createDeal(ctx, input),
  'deals.get': (input, ctx) => getDeal(ctx.db, input.id),
  'deals.update': (input, ctx) => updateDeal(ctx, input.id, input.patch),
  'deals.list': (input, ctx) => listDeals(ctx.db, input),
};
