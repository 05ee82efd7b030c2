import type { Db } from '../../db/Db';
import { fieldError } from '../companies/fieldError';
import { findUserRow } from './users.repo';

/**
 * A record's owner is an existing user, and an active one when the owner is being set: a
 * deactivated user keeps what they own but gets nothing new.
 */
export const checkOwner = (db: Db, path: readonly string[], ownerId: string | null | undefined): void => {
  if (ownerId === null || ownerId === undefined) return;
  const user = findUserRow(db, ownerId);
  if (!user) throw fieldError(path, 'owner_not_found', 'The owner does not exist');
  if (user.active !== 1) throw fieldError(path, 'user_inactive', 'The owner is deactivated');
};
