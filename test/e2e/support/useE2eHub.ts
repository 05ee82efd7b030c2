import pg from 'pg';
import { migrateHub } from '../../../src-main/core/hub/migrateHub';
import { postgresUnavailable, startTestPostgres, type TestPostgres } from '../../helpers/startTestPostgres';
import { test } from '../fixtures';

export type E2eHub = {
  /** A member's hub URL (their password goes apart). */
  url(login: string): string;
  /** One query as the hub's owner (the cluster's superuser). */
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
};

/**
 * The hub specs' PostgreSQL: a throwaway cluster (the hub tests' helper) with one migrated hub
 * database named `database`, started before the file's tests and stopped after them. The file's
 * tests skip where there is no PostgreSQL (never in CI).
 */
export const useE2eHub = (database: string): E2eHub => {
  const skipReason = postgresUnavailable();
  let server: TestPostgres | undefined;
  test.skip(skipReason !== null, skipReason ?? '');
  test.beforeAll(async () => {
    test.setTimeout(60_000);
    server = await startTestPostgres();
    const admin = new pg.Client(server.superConfig());
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const owner = new pg.Client(server.superConfig(database));
    await owner.connect();
    await migrateHub(owner);
    await owner.end();
  });
  test.afterAll(() => server?.stop());
  const running = (): TestPostgres => {
    if (server === undefined) throw new Error('The hub’s PostgreSQL is not started (use it inside a test)');
    return server;
  };
  return {
    url: (login) => running().url(login, database),
    async query(sql, params = []) {
      const client = new pg.Client(running().superConfig(database));
      await client.connect();
      try {
        return (await client.query(sql, params)).rows as Record<string, unknown>[];
      } finally {
        await client.end();
      }
    },
  };
};
