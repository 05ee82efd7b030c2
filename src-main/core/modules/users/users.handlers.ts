import type { HandlersOf } from '../../Handlers';
import { listUserRows, toUser } from './users.repo';
import { createUser, currentUser, getUser, setUserActive, updateUser } from './users.service';

export const usersHandlers: HandlersOf<
  'users.list' | 'users.get' | 'users.current' | 'users.create' | 'users.update' | 'users.deactivate' | 'users.activate'
> = {
  'users.list': (input, ctx) => listUserRows(ctx.db, input).map(toUser),
  'users.get': (input, ctx) => getUser(ctx.db, input.id),
  'users.current': (_input, ctx) => currentUser(ctx.db),
  'users.create': (input, ctx) => createUser(ctx, input),
  'users.update': (input, ctx) => updateUser(ctx, input.id, input.patch),
  'users.deactivate': (input, ctx) => setUserActive(ctx, input.id, false),
  'users.activate': (input, ctx) => setUserActive(ctx, input.id, true),
};
