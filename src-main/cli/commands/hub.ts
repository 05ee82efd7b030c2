import { resolve } from 'node:path';
import { createBackend } from '../../core/createBackend';
import { databaseKeyFromEnv } from '../../core/db/encryption/databaseKeyFromEnv';
import { type HubRole, addHubUser, readHubStatus, removeHubUser, setHubRole } from '../../core/hub/hubAdmin';
import { type HubConnection, connectHub } from '../../core/hub/HubConnection';
import { HubError } from '../../core/hub/HubError';
import { migrateHub } from '../../core/hub/migrateHub';
import { syncWithHub } from '../../core/hub/syncWithHub';
import { type CliCommand, type CliIo, processIo } from '../CliCommand';
import { hubErrorText, translateHubError } from '../hubErrorText';
import { parseCommandArgs } from '../parseCommandArgs';
import { readSecret } from '../readSecret';
import { requireVoronkaFile } from '../requireVoronkaFile';
import { UsageError } from '../UsageError';

const NEW_PASSWORD_VARIABLE = 'VORONKA_HUB_NEW_PASSWORD';

const USAGE = `Usage: voronka hub init --url URL
       voronka hub status --url URL
       voronka hub add-user --url URL --login LOGIN --user-id ID --role ROLE [--team TEAM] [--existing-login]
       voronka hub set-role --url URL --login LOGIN --role ROLE [--team TEAM]
       voronka hub remove-user --url URL --login LOGIN
       voronka hub sync --url URL --db PATH

A team hub is a PostgreSQL database the firm runs: devices push their changes to it and pull
their colleagues'; PostgreSQL's row-level security decides who sees what (a rep: their deals with
what hangs off them, linked companies and contacts, and the shared settings; a manager: their
team's; an admin: everything). Each person connects with their own PostgreSQL login.

  --url URL        postgres://LOGIN@HOST[:PORT]/DATABASE[?sslmode=require] — no password in it
  The password is read from VORONKA_HUB_PASSWORD (or PGPASSWORD), else asked at the terminal.

init          create the hub schema in DATABASE, or upgrade it; running it again changes nothing.
              Run it as the database's owner (a login that may create roles).
status        the hub's schema version, messages, people and devices (admins)
add-user      a new person: creates LOGIN with the password from ${NEW_PASSWORD_VARIABLE} (or asked),
              in the group voronka_rep, voronka_manager or voronka_admin. --user-id is their id
              in Voronka's users (Settings → Users); --existing-login uses a login the firm has.
set-role      another role (rep | manager | admin) or team; their devices pull again
remove-user   drops the login (it can no longer connect); what they pushed stays
sync          push this device's changes and pull what is new, once

Exit codes: 0 done, 1 the hub refused or could not be reached, 2 bad options.`;

const ROLES: readonly HubRole[] = ['rep', 'manager', 'admin'];

const connection = async (url: string | undefined): Promise<HubConnection> => {
  if (url === undefined) throw new UsageError('Missing --url postgres://LOGIN@HOST/DATABASE');
  const fromEnv = process.env.VORONKA_HUB_PASSWORD ?? process.env.PGPASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return { url, password: fromEnv };
  const typed = await readSecret('Hub password: ');
  return typed === null || typed === '' ? { url } : { url, password: typed };
};

const roleOf = (role: string | undefined): HubRole => {
  if (role === undefined) throw new UsageError('Missing --role rep|manager|admin');
  if (!ROLES.includes(role as HubRole)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  return role as HubRole;
};

const withHub = async <T>(
  url: string | undefined,
  work: (client: Awaited<ReturnType<typeof connectHub>>) => Promise<T>,
) => {
  const client = await connectHub(await connection(url));
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
};

const runAction = async (action: string | undefined, args: string[], io: CliIo): Promise<number> => {
  switch (action) {
    case 'init': {
      const { values } = parseCommandArgs(args, { url: { type: 'string' } });
      const result = await withHub(values.url, (client) => migrateHub(client));
      io.out(
        result.applied.length === 0
          ? `The hub schema is up to date (version ${result.to}).\n`
          : `Hub schema ${result.from === 0 ? 'created' : 'upgraded'}: version ${result.from} → ${result.to} (${result.applied.join(', ')}).\n`,
      );
      return 0;
    }
    case 'status': {
      const { values } = parseCommandArgs(args, { url: { type: 'string' } });
      const status = await withHub(values.url, (client) => readHubStatus(client));
      const lines = [
        `Hub ${status.hubId}, schema version ${status.schemaVersion}: ${status.messages} messages (last sequence number ${status.head}).`,
        `People (${status.users.length}):`,
        ...status.users.map(
          (user) => `  ${user.login}  ${user.role}${user.team ? `  team ${user.team}` : ''}  user ${user.userId}`,
        ),
        `Devices (${status.devices.length}):`,
        ...status.devices.map(
          (device) =>
            `  ${device.deviceId}  ${device.login}  last push ${device.lastPushAt ?? 'never'}, last pull ${device.lastPullAt ?? 'never'}`,
        ),
      ];
      io.out(`${lines.join('\n')}\n`);
      return 0;
    }
    case 'add-user': {
      const { values } = parseCommandArgs(args, {
        url: { type: 'string' },
        login: { type: 'string' },
        'user-id': { type: 'string' },
        role: { type: 'string' },
        team: { type: 'string' },
        'existing-login': { type: 'boolean' },
      });
      if (values.login === undefined) throw new UsageError('Missing --login LOGIN');
      if (values['user-id'] === undefined) throw new UsageError('Missing --user-id ID');
      const role = roleOf(values.role);
      let password: string | null = null;
      if (values['existing-login'] !== true) {
        password = process.env[NEW_PASSWORD_VARIABLE] ?? (await readSecret(`Password for ${values.login}: `));
        if (password === null || password === '') {
          throw new UsageError(
            `The new login's password goes in ${NEW_PASSWORD_VARIABLE} (or is typed at the terminal)`,
          );
        }
      }
      const login = values.login;
      const member = { login, userId: values['user-id'], role, team: values.team ?? null };
      await withHub(values.url, (client) => addHubUser(client, member, password));
      io.out(`Added ${login} as ${role}${member.team ? ` in team ${member.team}` : ''}.\n`);
      return 0;
    }
    case 'set-role': {
      const { values } = parseCommandArgs(args, {
        url: { type: 'string' },
        login: { type: 'string' },
        role: { type: 'string' },
        team: { type: 'string' },
      });
      if (values.login === undefined) throw new UsageError('Missing --login LOGIN');
      const login = values.login;
      const role = roleOf(values.role);
      await withHub(values.url, (client) => setHubRole(client, login, role, values.team ?? null));
      io.out(`${login} is now ${role}${values.team ? ` in team ${values.team}` : ''}.\n`);
      return 0;
    }
    case 'remove-user': {
      const { values } = parseCommandArgs(args, { url: { type: 'string' }, login: { type: 'string' } });
      if (values.login === undefined) throw new UsageError('Missing --login LOGIN');
      const login = values.login;
      await withHub(values.url, (client) => removeHubUser(client, login));
      io.out(`Removed ${login}: the login can no longer connect.\n`);
      return 0;
    }
    case 'sync': {
      const { values } = parseCommandArgs(args, { url: { type: 'string' }, db: { type: 'string' } });
      if (values.db === undefined) throw new UsageError('Missing --db PATH');
      const dbPath = resolve(values.db);
      requireVoronkaFile(dbPath);
      const hub = await connection(values.url);
      const backend = createBackend({ dbPath, platform: 'cli', key: databaseKeyFromEnv() });
      try {
        const report = await backend.runLocal((ctx) => syncWithHub(ctx, hub));
        const lines = [
          `Synced with the hub as ${report.who.login} (${report.who.role ?? 'no role'}).`,
          `  pushed ${report.push.pushed} changes` +
            (report.push.rejected > 0 ? `, ${report.push.rejected} refused by the hub` : ''),
          `  pulled ${report.pull.received} changes, ${report.pull.applied} new` +
            (report.pull.pending > 0 ? `, ${report.pull.pending} records waiting for records not received yet` : ''),
        ];
        if (report.push.rejected > 0) {
          lines.push(`  ${hubErrorText(new HubError('rejected', 'refused', { count: report.push.rejected }))}`);
        }
        io.out(`${lines.join('\n')}\n`);
      } finally {
        backend.close();
      }
      return 0;
    }
    default:
      throw new UsageError(
        action === undefined
          ? 'Missing an action (init, status, add-user, set-role, remove-user, sync)'
          : `Unknown hub action: ${action}`,
      );
  }
};

export const hubCommand: CliCommand = {
  name: 'hub',
  summary: 'Team hub on PostgreSQL: create or upgrade it, manage people, sync (init | status | add-user | …)',
  usage: USAGE,
  async run(args: string[], io: CliIo = processIo): Promise<number> {
    const [action, ...rest] = args;
    try {
      return await runAction(action, rest, io);
    } catch (error) {
      if (error instanceof HubError) translateHubError(error);
      throw error;
    }
  },
};
