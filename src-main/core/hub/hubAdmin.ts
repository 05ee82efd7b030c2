import type pg from 'pg';
import { HubError, hubRefusal, toHubError } from './HubError';

export type HubRole = 'rep' | 'manager' | 'admin';

export type HubMember = { login: string; userId: string; role: HubRole; team: string | null };

export type HubStatus = {
  hubId: string;
  schemaVersion: number;
  messages: number;
  head: number;
  users: HubMember[];
  devices: { deviceId: string; login: string; lastPushAt: string | null; lastPullAt: string | null }[];
};

/*
 * The team's administration: each call is one hub function that checks the caller is an admin
 * (or the hub's owner) and runs as the hub's owner, so an admin's own login never needs the
 * right to create roles, and the app never holds the owner's credentials.
 */

/** A login outside voronka_admin may not even call the functions: PostgreSQL's own refusal says so. */
const adminError = (error: unknown, params: Record<string, string> = {}): HubError =>
  (error as { code?: string } | null)?.code === '42501' && hubRefusal(error) === null
    ? new HubError('not_admin', (error as Error).message)
    : toHubError(error, params);

const call = async (client: pg.Client, sql: string, params: unknown[], login?: string): Promise<void> => {
  try {
    await client.query(sql, params);
  } catch (error) {
    throw adminError(error, login === undefined ? {} : { login });
  }
};

/** A new person: a PostgreSQL login (created with the password unless it exists) in the role's group. */
export const addHubUser = (client: pg.Client, member: HubMember, password: string | null): Promise<void> =>
  call(
    client,
    'SELECT hub.add_user($1, $2, $3, $4, $5)',
    [member.login, password, member.userId, member.role, member.team],
    member.login,
  );

/** Another role or team: what the person sees changes, and their devices pull again. */
export const setHubRole = (client: pg.Client, login: string, role: HubRole, team: string | null): Promise<void> =>
  call(client, 'SELECT hub.set_role($1, $2, $3)', [login, role, team], login);

/** The person leaves: their login is dropped (it can no longer connect); what they pushed stays. */
export const removeHubUser = (client: pg.Client, login: string): Promise<void> =>
  call(client, 'SELECT hub.remove_user($1)', [login], login);

export const readHubStatus = async (client: pg.Client): Promise<HubStatus> => {
  try {
    const { rows } = await client.query<{
      status: Omit<HubStatus, 'messages' | 'head'> & { messages: string | number; head: string | number };
    }>('SELECT hub.status() AS status');
    const status = rows[0]!.status;
    return { ...status, messages: Number(status.messages), head: Number(status.head) };
  } catch (error) {
    throw adminError(error);
  }
};

/** The team as every member may read it (h0002): login, Voronka user, role, team. */
export const readHubMembers = async (client: pg.Client): Promise<HubMember[]> => {
  try {
    const { rows } = await client.query<{ login: string; user_id: string; role: HubRole; team: string | null }>(
      'SELECT * FROM hub.members()',
    );
    return rows.map((row) => ({ login: row.login, userId: row.user_id, role: row.role, team: row.team }));
  } catch (error) {
    throw toHubError(error);
  }
};
