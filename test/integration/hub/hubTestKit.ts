import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { migrateHub } from '../../../src-main/core/hub/migrateHub';
import { postgresUnavailable, startTestPostgres, type TestPostgres } from '../../helpers/startTestPostgres';

/** Why this file's hub tests skip (no PostgreSQL here, outside CI), or null. */
export const hubSkipReason = postgresUnavailable();
if (hubSkipReason !== null) console.warn(hubSkipReason);

export type HubFixture = {
  pg: TestPostgres;
  /** The hub's owner: the superuser's connection to the hub database. */
  owner(): Promise<pg.Client>;
  /** A member's connection by their own login and password over TCP. */
  url(login: string): string;
};

let databases = 0;

/**
 * One cluster per test file and a fresh hub database per call (the same cluster: group roles are
 * cluster-wide, which is what a firm running several hubs sees too).
 */
export const useTestPostgres = (): { current: TestPostgres | null } => {
  const holder: { current: TestPostgres | null } = { current: null };
  beforeAll(async () => {
    if (hubSkipReason === null) holder.current = await startTestPostgres();
  }, 60_000);
  afterAll(() => holder.current?.stop());
  return holder;
};

export const createHubDatabase = async (server: TestPostgres, migrate = true): Promise<HubFixture> => {
  databases += 1;
  const name = `hub_${process.pid}_${databases}`;
  const admin = new pg.Client(server.superConfig());
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const owner = async () => {
    const client = new pg.Client(server.superConfig(name));
    client.on('error', () => {});
    await client.connect();
    return client;
  };
  if (migrate) {
    const client = await owner();
    await migrateHub(client);
    await client.end();
  }
  return { pg: server, owner, url: (login) => server.url(login, name) };
};

/** Adds a member (a new login with a password) as the hub owner. */
export const addMember = async (
  hub: HubFixture,
  member: { login: string; userId: string; role: 'rep' | 'manager' | 'admin'; team?: string | null },
  password = `${member.login}-secret`,
): Promise<void> => {
  const client = await hub.owner();
  try {
    await client.query('SELECT hub.add_user($1, $2, $3, $4, $5)', [
      member.login,
      password,
      member.userId,
      member.role,
      member.team ?? null,
    ]);
  } finally {
    await client.end();
  }
};
