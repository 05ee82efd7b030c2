import type { AssigneeFacts } from '@shared/domain/automation/resolveAssignee';
import type { Db } from '../db/Db';
import { prepare } from '../db/sql';

const MANAGER = 'SELECT manager_id FROM users WHERE id = ? AND deleted_at IS NULL';
const ACTIVE_REPS = "SELECT id FROM users WHERE active = 1 AND deleted_at IS NULL AND role = 'rep' ORDER BY id";
const ACTIVE_USERS = 'SELECT id FROM users WHERE active = 1 AND deleted_at IS NULL ORDER BY id';
const TEAM_USERS = `SELECT u.id, u.role FROM users u JOIN teams t ON t.id = u.team_id AND t.deleted_at IS NULL
  WHERE u.team_id = ? AND u.active = 1 AND u.deleted_at IS NULL ORDER BY u.id`;
const LAST_RUN =
  "SELECT detail FROM automation_runs WHERE rule_id = ? AND outcome = 'done' AND detail LIKE '%\"assignedTo\"%' ORDER BY at DESC, id DESC LIMIT 1";

const lastAssigned = (db: Db, ruleId: string): string | null => {
  const row = prepare(db, LAST_RUN).get(ruleId) as { detail: string } | undefined;
  if (!row) return null;
  const details = JSON.parse(row.detail) as { params: Record<string, unknown> }[];
  const found = details.map((detail) => detail.params.assignedTo).find((id) => typeof id === 'string');
  return typeof found === 'string' ? found : null;
};

/** A team's active reps, or its active users if it has no reps (a team of managers deals among them). */
const teamReps = (db: Db, teamId: string | undefined): string[] => {
  if (teamId === undefined) return [];
  const users = prepare(db, TEAM_USERS).all(teamId) as { id: string; role: string }[];
  const reps = users.filter((user) => user.role === 'rep');
  return (reps.length > 0 ? reps : users).map((user) => user.id);
};

/** Who could get a rule's task or deal: the owner, their manager, the reps (of a team), the last one in turn. */
export const assigneeFacts = (
  db: Db,
  ruleId: string,
  ownerId: string | null,
  teamId?: string | undefined,
): AssigneeFacts => {
  const manager =
    ownerId === null ? undefined : (prepare(db, MANAGER).get(ownerId) as { manager_id: string | null } | undefined);
  const reps = (prepare(db, ACTIVE_REPS).all() as { id: string }[]).map((row) => row.id);
  return {
    ownerId,
    managerId: manager?.manager_id ?? null,
    activeReps: reps.length > 0 ? reps : (prepare(db, ACTIVE_USERS).all() as { id: string }[]).map((row) => row.id),
    teamReps: teamReps(db, teamId),
    lastAssigned: lastAssigned(db, ruleId),
  };
};
