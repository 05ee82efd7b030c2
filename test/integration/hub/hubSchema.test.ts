import { describe, expect, it } from 'vitest';
import { connectHub } from '../../../src-main/core/hub/HubConnection';
import { migrateHub } from '../../../src-main/core/hub/migrateHub';
import { hubMigrations } from '../../../src-main/core/hub/migrations/hubMigrations';
import { createHubDatabase, hubSkipReason, useTestPostgres } from './hubTestKit';

const server = useTestPostgres();

describe.skipIf(hubSkipReason !== null)('hub schema migrations', () => {
  it('creates the hub schema once; running init again changes nothing', async () => {
    const hub = await createHubDatabase(server.current!, false);
    const client = await hub.owner();
    try {
      const first = await migrateHub(client);
      expect(first).toEqual({
        from: 0,
        to: hubMigrations.length,
        applied: ['h0001_hub', 'h0002_members_unscoped', 'h0003_unseen'],
      });
      const hubId = (await client.query("SELECT value FROM hub.meta WHERE key = 'hub_id'")).rows[0].value as string;
      const second = await migrateHub(client);
      expect(second).toEqual({ from: 3, to: 3, applied: [] });
      const versions = await client.query('SELECT version, name FROM hub.hub_schema_version ORDER BY version');
      expect(versions.rows).toEqual([
        { version: 1, name: 'hub' },
        { version: 2, name: 'members_unscoped' },
        { version: 3, name: 'unseen' },
      ]);
      expect((await client.query("SELECT value FROM hub.meta WHERE key = 'hub_id'")).rows[0].value).toBe(hubId);
      const tables = await client.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'hub' ORDER BY table_name",
      );
      expect(tables.rows.map((row) => row.table_name)).toEqual([
        'devices',
        'hub_schema_version',
        'messages',
        'meta',
        'rows',
        'teams',
        'users',
      ]);
    } finally {
      await client.end();
    }
  });

  it('applies a later migration alone, and a failing one leaves the hub as it was', async () => {
    const hub = await createHubDatabase(server.current!);
    const client = await hub.owner();
    try {
      const later = [...hubMigrations, { version: 4, name: 'later', sql: 'CREATE TABLE hub.later (x int)' }];
      expect(await migrateHub(client, later)).toEqual({ from: 3, to: 4, applied: ['h0004_later'] });
      const broken = [...later, { version: 5, name: 'broken', sql: 'CREATE TABLE hub.ok (x int); SELECT nonsense' }];
      await expect(migrateHub(client, broken)).rejects.toThrow(/nonsense/);
      expect((await client.query('SELECT max(version) AS v FROM hub.hub_schema_version')).rows[0].v).toBe(4);
      expect((await client.query("SELECT to_regclass('hub.ok') AS t")).rows[0].t).toBeNull();
    } finally {
      await client.end();
    }
  });

  it('upgrades a hub of h0002 with h0003 alone: hub.unseen names only known rows the caller does not see', async () => {
    const hub = await createHubDatabase(server.current!, false);
    const client = await hub.owner();
    try {
      await migrateHub(client, hubMigrations.slice(0, 2));
      expect(await migrateHub(client)).toEqual({ from: 2, to: 3, applied: ['h0003_unseen'] });
      await client.query(
        `INSERT INTO hub.rows (tbl, row_id, owner_id, created_by, scope_seq) VALUES
           ('deals', 'd-other', 'u-other', 'someone', 1), ('deals', 'd-mine', 'u-me', 'someone', 1)`,
      );
      await client.query("SELECT hub.add_user('rep1', 'rep1-secret', 'u-me', 'rep', NULL)");
      const rep = await connectHub({ url: hub.url('rep1'), password: 'rep1-secret' });
      try {
        const unseen = await rep.query("SELECT row_id FROM hub.unseen('deals', $1) ORDER BY row_id", [
          ['d-other', 'd-mine', 'd-never-pushed'],
        ]);
        expect(unseen.rows.map((row) => row.row_id)).toEqual(['d-other']);
        // Shared reference data is everyone's: never unseen.
        expect((await rep.query("SELECT count(*)::int AS n FROM hub.unseen('stages', ARRAY['s1'])")).rows[0].n).toBe(0);
      } finally {
        await rep.end();
      }
    } finally {
      await client.end();
    }
  });
});
