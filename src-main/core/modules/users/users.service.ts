import type { User, UserPatch, userCreateInputSchema } from '@shared/contract/schemas/users';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { DomainError } from '../../DomainError';
import { conflictError } from '../../conflictError';
import type { HandlerContext } from '../../HandlerContext';
import type { Db } from '../../db/Db';
import type { UsersTable } from '../../db/schema';
import { fieldError } from '../companies/fieldError';
import { getSettings } from '../settings/settings.service';
import { checkOwner } from './checkOwner';
import { ownedOpenDeals } from './ownedOpenDeals.repo';
import { findUserRow, toUser } from './users.repo';
import { patchToColumns } from '../../changes/patchToColumns';
import { checkTeam } from '../teams/teams.service';

type UserCreate = z.output<typeof userCreateInputSchema>;

const notFound = (id: string) => new DomainError('NOT_FOUND', 'User not found', { entity: 'user', id });

const requireUserRow = (db: Db, id: string): UsersTable => {
  const row = findUserRow(db, id);
  if (!row) throw notFound(id);
  return row;
};

export const getUser = (db: Db, id: string): User => toUser(requireUserRow(db, id));

/** The settings' current user while it is still an active user; otherwise the app asks again. */
export const currentUser = (db: Db): User | null => {
  const id = getSettings(db)['user.currentId'];
  const row = id === null ? undefined : findUserRow(db, id);
  return row && row.active === 1 ? toUser(row) : null;
};

/** A manager must exist, and a user may not end up managing themselves through the chain. */
const checkManager = (db: Db, path: readonly string[], userId: string | null, managerId: string): void => {
  const seen = new Set<string>();
  for (let id: string | null = managerId; id !== null; id = findUserRow(db, id)?.manager_id ?? null) {
    if (id === userId || seen.has(id)) throw fieldError(path, 'manager_cycle', 'A user cannot manage themselves');
    if (!findUserRow(db, id)) throw fieldError(path, 'user_not_found', 'The manager does not exist');
    seen.add(id);
  }
};

export const createUser = (ctx: HandlerContext, input: UserCreate): User => {
  const id = uuidv7();
  ctx.write((writer, now) => {
    if (input.managerId) checkManager(ctx.db, ['managerId'], null, input.managerId);
    checkTeam(ctx.db, input.teamId, ['teamId']);
    writer.insert('users', {
      id,
      name: input.name,
      email: input.email ?? null,
      role: input.role,
      manager_id: input.managerId ?? null,
      team_id: input.teamId ?? null,
      active: 1,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
  });
  return getUser(ctx.db, id);
};

const PATCH_COLUMNS: Record<keyof UserPatch, string> = {
  name: 'name',
  email: 'email',
  role: 'role',
  managerId: 'manager_id',
  teamId: 'team_id',
};

export const updateUser = (ctx: HandlerContext, id: string, patch: UserPatch): User => {
  ctx.write((writer) => {
    const current = requireUserRow(ctx.db, id);
    if (patch.managerId) checkManager(ctx.db, ['patch', 'managerId'], id, patch.managerId);
    checkTeam(ctx.db, patch.teamId, ['patch', 'teamId']);
    const values = patchToColumns(patch, PATCH_COLUMNS);
    writer.update('users', id, values, current);
  });
  return getUser(ctx.db, id);
};

export const activateUser = (ctx: HandlerContext, id: string): User => {
  ctx.write((writer) => {
    writer.update('users', id, { active: 1 }, requireUserRow(ctx.db, id));
  });
  return getUser(ctx.db, id);
};

/**
 * Deactivates a user; with `reassignTo`, their open deals move to that active teammate in the same
 * transaction (one change-log message per deal), so no deal is left with an owner nobody can pick.
 */
export const deactivateUser = (ctx: HandlerContext, id: string, reassignTo: string | undefined): User => {
  ctx.write((writer) => {
    const current = requireUserRow(ctx.db, id);
    if (getSettings(ctx.db)['user.currentId'] === id) {
      throw conflictError('current_user', 'The current user cannot be deactivated', { id });
    }
    if (reassignTo !== undefined) {
      const path = ['reassignOpenDealsTo'];
      if (reassignTo === id) throw fieldError(path, 'reassign_to_same_user', 'Pick someone who stays active');
      checkOwner(ctx.db, path, reassignTo);
      for (const deal of ownedOpenDeals(ctx.db, id)) writer.update('deals', deal.id, { owner_id: reassignTo }, deal);
    }
    writer.update('users', id, { active: 0 }, current);
  });
  return getUser(ctx.db, id);
};
