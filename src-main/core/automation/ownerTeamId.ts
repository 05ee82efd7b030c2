import type { Db } from '../db/Db';
import { prepare } from '../db/sql';

const TEAM = `SELECT u.team_id FROM users u JOIN teams t ON t.id = u.team_id AND t.deleted_at IS NULL
  WHERE u.id = ? AND u.deleted_at IS NULL`;

/** The live team a deal's owner is in now; null for no owner, no team, or a deleted team. */
export const ownerTeamId = (db: Db, ownerId: string | null): string | null => {
  if (ownerId === null) return null;
  const row = prepare(db, TEAM).get(ownerId) as { team_id: string } | undefined;
  return row?.team_id ?? null;
};
