import type { Team } from '@shared/contract/schemas/teams';
import type { Db } from '../../db/Db';
import type { TeamsTable } from '../../db/schema';
import { prepare } from '../../db/sql';

export const findTeamRow = (db: Db, id: string): TeamsTable | undefined =>
  prepare(db, 'SELECT * FROM teams WHERE id = ? AND deleted_at IS NULL').get(id) as TeamsTable | undefined;

/** Live users in the team, active or not (what a delete takes out of it). */
export const teamMemberRows = (db: Db, teamId: string): { id: string; team_id: string }[] =>
  prepare(db, 'SELECT id, team_id FROM users WHERE team_id = ? AND deleted_at IS NULL ORDER BY id').all(teamId) as {
    id: string;
    team_id: string;
  }[];

const LIST = `SELECT t.*, (SELECT count(*) FROM users u WHERE u.team_id = t.id AND u.deleted_at IS NULL) AS members,
    (SELECT 1 FROM users l WHERE l.id = t.lead_id AND l.deleted_at IS NULL) AS lead_here
  FROM teams t WHERE t.deleted_at IS NULL`;

type ListRow = TeamsTable & { members: number; lead_here: number | null };

const toTeam = (row: ListRow): Team => ({
  id: row.id,
  name: row.name,
  // A lead that is gone (or has not arrived by sync yet) reads as none.
  leadId: row.lead_here === 1 ? row.lead_id : null,
  members: row.members,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const listTeams = (db: Db): Team[] =>
  (prepare(db, `${LIST} ORDER BY t.name COLLATE NOCASE, t.id`).all() as ListRow[]).map(toTeam);

export const readTeam = (db: Db, id: string): Team | undefined => {
  const row = prepare(db, `${LIST} AND t.id = ?`).get(id) as ListRow | undefined;
  return row && toTeam(row);
};
