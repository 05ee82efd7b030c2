import type { User, UserRole } from '@shared/contract/schemas/users';
import type { Db } from '../../db/Db';
import type { UsersTable } from '../../db/schema';
import { selectAll, selectFirst } from '../../db/sql';
import { foldedText } from '../companies/foldedText';

export const toUser = (row: UsersTable): User => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: row.role,
  managerId: row.manager_id,
  teamId: row.team_id,
  active: row.active === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const findUserRow = (db: Db, id: string): UsersTable | undefined =>
  selectFirst(db, db.q.selectFrom('users').selectAll().where('id', '=', id).where('deleted_at', 'is', null));

export const listUserRows = (
  db: Db,
  filter: { includeInactive: boolean; role?: UserRole | undefined },
): UsersTable[] => {
  let query = db.q.selectFrom('users').selectAll().where('deleted_at', 'is', null);
  if (!filter.includeInactive) query = query.where('active', '=', 1);
  if (filter.role) query = query.where('role', '=', filter.role);
  return selectAll(db, query.orderBy(foldedText('name')).orderBy('id'));
};
