import type pg from 'pg';
import { toHubError } from './HubError';
import type { HubMigration } from './migrations/HubMigration';
import { hubMigrations } from './migrations/hubMigrations';

export type HubMigrationResult = { from: number; to: number; applied: string[] };

/**
 * Creates or upgrades the hub schema: every migration not yet recorded in
 * hub.hub_schema_version, in one transaction (all or nothing), under a lock so two admins
 * running it at once apply each step once. Running it again changes nothing.
 */
export const migrateHub = async (
  client: pg.Client,
  migrations: readonly HubMigration[] = hubMigrations,
): Promise<HubMigrationResult> => {
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('voronka.hub.migrate'))");
    await client.query('CREATE SCHEMA IF NOT EXISTS hub');
    await client.query(`CREATE TABLE IF NOT EXISTS hub.hub_schema_version (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const found = await client.query<{ version: number }>(
      'SELECT coalesce(max(version), 0) AS version FROM hub.hub_schema_version',
    );
    const from = Number(found.rows[0]?.version ?? 0);
    const applied: string[] = [];
    for (const migration of migrations) {
      if (migration.version <= from) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO hub.hub_schema_version (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(`h${String(migration.version).padStart(4, '0')}_${migration.name}`);
    }
    await client.query('COMMIT');
    return { from, to: Math.max(from, migrations.at(-1)?.version ?? 0), applied };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw toHubError(error);
  }
};
