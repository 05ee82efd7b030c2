import type { HandlersOf } from '../../Handlers';
import { loseDeal, moveDeal, reopenDeal, winDeal } from './dealMoves.service';
import { withRecordNames } from './dealRowNames';
import { listDealGroups, listDeals } from './deals.repo';
import { createDealWithNewRecords } from './createDealWithNewRecords';
import { deleteDeal, getDeal, restoreDeal, updateDeal } from './deals.service';

export const dealsHandlers: HandlersOf<
  | 'deals.create'
  | 'deals.get'
  | 'deals.update'
  | 'deals.list'
  | 'deals.groups'
  | 'deals.move'
  | 'deals.win'
  | 'deals.lose'
  | 'deals.reopen'
  | 'deals.delete'
  | 'deals.restore'
> = {
  'deals.create': (input, ctx) => createDealWithNewRecords(ctx, input),
  'deals.get': (input, ctx) => getDeal(ctx.db, input.id),
  'deals.update': (input, ctx) => updateDeal(ctx, input.id, input.patch),
  'deals.list': (input, ctx) => withRecordNames(ctx.db, listDeals(ctx.db, input)),
  'deals.groups': (input, ctx) => ({ groups: listDealGroups(ctx.db, input) }),
  'deals.move': (input, ctx) => moveDeal(ctx, input),
  'deals.win': (input, ctx) => winDeal(ctx, input.id),
  'deals.lose': (input, ctx) => loseDeal(ctx, input),
  'deals.reopen': (input, ctx) => reopenDeal(ctx, input.id),
  'deals.delete': (input, ctx) => deleteDeal(ctx, input.id),
  'deals.restore': (input, ctx) => restoreDeal(ctx, input.id),
};
