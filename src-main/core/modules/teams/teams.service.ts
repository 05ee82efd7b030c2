import type { Team, TeamPatch } from '@shared/contract/schemas/teams';
import { foldText } from '@shared/domain/foldText';
import { v7 as uuidv7 } from 'uuid';
import type { HandlerContext } from '../../HandlerContext';
import type { RowValues } from '../../changes/ChangeWriter';
import type { Db } from '../../db/Db';
import type { TeamsTable } from '../../db/schema';
import { prepare } from '../../db/sql';
import { fieldError } from '../companies/fieldError';
import { notFound } from '../pipelines/notFound';
import { findUserRow } from '../users/users.repo';
import { findTeamRow, listTeams, readTeam, teamMemberRows } from './teams.repo';

const requireTeamRow = (db: Db, id: string): TeamsTable => {
  const row = findTeamRow(db, id);
  if (!row) throw notFound('team', id);
  return row;
};

const requireTeam = (db: Db, id: string): Team => {
  const team = readTeam(db, id);
  if (!team) throw notFound('team', id);
  return team;
};

/** Names are unique among live teams (folded: case, ё, spacing), so a filter's list reads unambiguously. */
const checkName = (db: Db, name: string, exceptId: string | null, path: string[]): void => {
  const rows = prepare(db, 'SELECT id, name FROM teams WHERE deleted_at IS NULL').all() as {
    id: string;
    name: string;
  }[];
  if (rows.some((row) => row.id !== exceptId && foldText(row.name) === foldText(name))) {
    throw fieldError(path, 'name_taken', 'A team with this name already exists');
  }
};

/** A team is led by an active manager or administrator. */
const checkLead = (db: Db, leadId: string | null | undefined, path: string[]): void => {
  if (leadId === null || leadId === undefined) return;
  const user = findUserRow(db, leadId);
  if (!user) throw fieldError(path, 'user_not_found', 'The lead does not exist');
  if (user.active !== 1) throw fieldError(path, 'user_inactive', 'The lead is deactivated');
  if (user.role === 'rep') throw fieldError(path, 'lead_not_manager', 'A team is led by a manager or an administrator');
};

/** A user's team exists (users.create and users.update). */
export const checkTeam = (db: Db, teamId: string | null | undefined, path: readonly string[]): void => {
  if (teamId === null || teamId === undefined) return;
  if (!findTeamRow(db, teamId)) throw fieldError(path, 'team_not_found', 'The team does not exist');
};

export const teamsList = (ctx: HandlerContext): Team[] => listTeams(ctx.db);

export const createTeam = (ctx: HandlerContext, input: { name: string; leadId: string | null }): Team => {
  const id = uuidv7();
  ctx.write((writer, now) => {
    checkName(ctx.db, input.name, null, ['name']);
    checkLead(ctx.db, input.leadId, ['leadId']);
    writer.insert('teams', {
      id,
      name: input.name,
      lead_id: input.leadId,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
  });
  return requireTeam(ctx.db, id);
};

export const updateTeam = (ctx: HandlerContext, id: string, patch: TeamPatch): Team => {
  ctx.write((writer) => {
    const current = requireTeamRow(ctx.db, id);
    const values: RowValues = {};
    if (patch.name !== undefined) {
      checkName(ctx.db, patch.name, id, ['patch', 'name']);
      values['name'] = patch.name;
    }
    if (patch.leadId !== undefined) {
      checkLead(ctx.db, patch.leadId, ['patch', 'leadId']);
      values['lead_id'] = patch.leadId;
    }
    writer.update('teams', id, values, current);
  });
  return requireTeam(ctx.db, id);
};

/** Deletes the team and takes its users out of it in the same write (they stay, in no team). */
export const deleteTeam = (ctx: HandlerContext, id: string): { id: string } => {
  ctx.write((writer, now) => {
    const current = requireTeamRow(ctx.db, id);
    for (const member of teamMemberRows(ctx.db, id)) writer.update('users', member.id, { team_id: null }, member);
    writer.update('teams', id, { deleted_at: now }, current);
  });
  return { id };
};
