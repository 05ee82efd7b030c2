import type { HandlersOf } from '../../Handlers';
import { listUserRows, toUser } from './users.repo';
import { countOwnedOpenDeals } from './ownedOpenDeals.repo';
import { activateUser, createUser, currentUser, deactivateUser, getUser, updateUser } from './users.service';

export const usersHandlers: HandlersOf<
  | 'users.list'
  | 'users.get'
  | 'users.current'
  | 'users.create'
  | 'users.update'
  | 'users.deactivate'
  | 'users.activate'
  | 'users.openDeals'
> = {
  'users.list': (input, ctx) => listUserRows(ctx.db, input).map(toUser),
  'users.get': (input, ctx) => getUser(ctx.db, input.id),
  'users.current': (_input, ctx) => currentUser(ctx.db),
  'users.create': (input, ctx) => createUser(ctx, input),
  'users.update': (input, ctx) => updateUser(ctx, input.id, input.patch),
  'users.deactivate': (input, ctx) => deactivateUser(ctx, input.id, input.reassignOpenDealsTo),
  'users.activate': (input, ctx) => activateUser(ctx, input.id),
  'users.openDeals': (input, ctx) => ({ count: countOwnedOpenDeals(ctx.db, getUser(ctx.db, input.id).id) }),
};
