import { z } from 'zod';
import { mutation, query } from '../procedure';
import { emptyInputSchema, idSchema } from '../schemas/common';
import {
  userCreateInputSchema,
  userDeactivateInputSchema,
  userOpenDealsSchema,
  userSchema,
  usersListInputSchema,
  userUpdateInputSchema,
} from '../schemas/users';

const byId = z.object({ id: idSchema }).strict();

export const userProcedures = {
  /** Reps, managers and admins by name; active only unless asked (owner pickers). */
  'users.list': query(usersListInputSchema, z.array(userSchema)),
  'users.get': query(byId, userSchema),
  /** The user this device acts as (settings `user.currentId`), or null before the first start is done. */
  'users.current': query(emptyInputSchema, userSchema.nullable()),
  'users.create': mutation(userCreateInputSchema, userSchema, ['users']),
  'users.update': mutation(userUpdateInputSchema, userSchema, ['users']),
  /**
   * Takes a user out of owner pickers; their records keep them, unless `reassignOpenDealsTo` (an
   * active teammate) takes their open deals in the same transaction. Not the current user.
   */
  'users.deactivate': mutation(userDeactivateInputSchema, userSchema, ['users', 'deals']),
  /** How many open deals the user owns: what the deactivate dialog warns about. */
  'users.openDeals': query(byId, userOpenDealsSchema),
  'users.activate': mutation(byId, userSchema, ['users']),
} as const;
