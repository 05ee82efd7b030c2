import type { Migration } from '../Migration';

/**
 * Frozen. Teams (issue 9, issue 13): a named group of users with a lead (a manager), synced like
 * the users. `users.team_id` puts a user in one team. The KPI engine filters by it, and automation
 * rules test it and deal round-robin within it.
 *
 * `teams.lead_id` names a user but is not a foreign key: a team and its lead reference each other
 * (the lead is usually in the team), and a merge writes a referencing row only once the row it
 * references is there, so two foreign keys could leave a new team and its new lead each waiting for
 * the other. `users.team_id` keeps the foreign key (teams merge before users); the core checks the
 * lead when the team is written, and a lead that is gone reads as no lead.
 */
export const m0063_teams: Migration = {
  version: 63,
  name: 'teams',
  sql: `
CREATE TABLE teams (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  lead_id TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;

ALTER TABLE users ADD COLUMN team_id TEXT REFERENCES teams (id);
CREATE INDEX users_team ON users (team_id) WHERE team_id IS NOT NULL;
`,
};
