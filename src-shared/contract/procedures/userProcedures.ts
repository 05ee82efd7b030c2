import { z } from 'zod';
import { mutation, query } from '../procedure';
import { emptyInputSchema, idSchema } from '../schemas/common';
import { userCreateInputSchema, userSchema, usersListInputSchema, userUpdateInputSchema } from '../schemas/users';

const byId = z.object({ id: idSchema }).strict();

export const userProcedures = {
  /** Reps, managers and admins by name; active only unless asked (owner pickers). */
  'users.list': query(usersListInputSchema, z.array(userSchema)),
  'users.get': query(byId, userSchema),
  /** The user this device acts as (settings `user.currentId`), or null before the first start is done. */
  'users.current': query(emptyInputSchema, userSchema.nullable()),
  'users.create': mutation(userCreateInputSchema, userSchema, ['users']),
  'users.update': mutation(userUpdateInputSchema, userSchema, ['users']),
  /** Takes a user out of owner pickers; their records keep them. Not the current user. */
  'users.deactivate': mutation(byId, userSchema, ['users']),
  'users.activate': mutation(byId, userSchema, ['users']),
} as const;
