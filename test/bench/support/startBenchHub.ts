import pg from 'pg';
import { migrateHub } from '../../../src-main/core/hub/migrateHub';
import { startTestPostgres, type TestPostgres, type TestPostgresOptions } from '../../helpers/startTestPostgres';

export type BenchHub = {
  server: TestPostgres;
  /** A member's URL (password `<login>-secret`, given apart). */
  url(login: string): string;
  password(login: string): string;
  /** One query as the hub's owner. */
  query<R extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<R[]>;
  addMember(login: string, userId: string, role: 'rep' | 'manager' | 'admin', team?: string | null): Promise<void>;
  stop(): void;
};

const DATABASE = 'voronka_bench_hub';

/**
 * A throwaway PostgreSQL cluster holding one migrated hub (the tests' cluster: fsync off, on this
 * machine): the bench's devices connect to it by their own logins over TCP, as a team's would.
 */
export const startBenchHub = async (settings: TestPostgresOptions = {}): Promise<BenchHub> => {
  const server = await startTestPostgres(settings);
  const owner = new pg.Client(server.superConfig());
  await owner.connect();
  await owner.query(`CREATE DATABASE ${DATABASE}`);
  await owner.end();
  const query = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> => {
    const client = new pg.Client(server.superConfig(DATABASE));
    await client.connect();
    try {
      return (await client.query<R>(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  const client = new pg.Client(server.superConfig(DATABASE));
  await client.connect();
  await migrateHub(client);
  await client.end();
  return {
    server,
    url: (login) => server.url(login, DATABASE),
    password: (login) => `${login}-secret`,
    query,
    async addMember(login, userId, role, team = null) {
      await query('SELECT hub.add_user($1, $2, $3, $4, $5)', [login, `${login}-secret`, userId, role, team]);
    },
    stop: () => server.stop(),
  };
};
