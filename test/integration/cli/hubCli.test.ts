import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src-main/cli/CliCommand';
import { runCli } from '../../../src-main/cli/runCli';
import { createBackend } from '../../../src-main/core/createBackend';
import { createHubDatabase, hubSkipReason, useTestPostgres } from '../hub/hubTestKit';

const server = useTestPostgres();

const saved = { ...process.env };
afterEach(() => {
  for (const key of ['VORONKA_HUB_PASSWORD', 'PGPASSWORD', 'VORONKA_HUB_NEW_PASSWORD', 'LANG', 'LC_ALL']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

const run = async (args: string[], env: Record<string, string | undefined> = {}) => {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  let out = '';
  let err = '';
  const io: CliIo = { out: (text) => void (out += text), err: (text) => void (err += text) };
  const code = await runCli(args, io);
  return { code, out, err };
};

/** The hub database's owner over the cluster's unix socket (trusted: no password). */
const ownerUrl = (database: string) => {
  const pg = server.current!;
  return `postgres://${pg.superuser}@localhost:${pg.port}/${database}?host=${encodeURIComponent(pg.socketDir)}`;
};

describe.skipIf(hubSkipReason !== null)('voronka hub', () => {
  it('init creates the hub once; add-user, set-role, status and remove-user manage its people', async () => {
    const hub = await createHubDatabase(server.current!, false);
    const database = new URL(hub.url('x')).pathname.slice(1);
    const owner = ownerUrl(database);
    const created = await run(['hub', 'init', '--url', owner], { LANG: 'C' });
    expect(created).toMatchObject({
      code: 0,
      out: 'Hub schema created: version 0 → 3 (h0001_hub, h0002_members_unscoped, h0003_unseen).\n',
    });
    expect(await run(['hub', 'init', '--url', owner])).toMatchObject({
      code: 0,
      out: 'The hub schema is up to date (version 3).\n',
    });

    const added = await run(
      ['hub', 'add-user', '--url', owner, '--login', 'olga', '--user-id', 'u-olga', '--role', 'admin'],
      { VORONKA_HUB_NEW_PASSWORD: 'olga-secret' },
    );
    expect(added).toMatchObject({ code: 0, out: 'Added olga as admin.\n' });
    // Olga administers with her own login: a rep by her hand, then another role and team.
    const asOlga = { VORONKA_HUB_PASSWORD: 'olga-secret', VORONKA_HUB_NEW_PASSWORD: 'ivan-secret' };
    expect(
      await run(
        [
          'hub',
          'add-user',
          '--url',
          hub.url('olga'),
          '--login',
          'ivan',
          '--user-id',
          'u-ivan',
          '--role',
          'rep',
          '--team',
          'north',
        ],
        asOlga,
      ),
    ).toMatchObject({ code: 0 });
    expect(
      await run(
        ['hub', 'set-role', '--url', hub.url('olga'), '--login', 'ivan', '--role', 'manager', '--team', 'south'],
        asOlga,
      ),
    ).toMatchObject({
      code: 0,
      out: 'ivan is now manager in team south.\n',
    });
    const status = await run(['hub', 'status', '--url', hub.url('olga')], asOlga);
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/schema version 3: 0 messages/);
    expect(status.out).toContain('  ivan  manager  team south  user u-ivan');
    expect(status.out).toContain('  olga  admin  user u-olga');

    // Ivan is no admin: the hub refuses him, in the terminal's language.
    const refused = await run(['hub', 'remove-user', '--url', hub.url('ivan'), '--login', 'olga'], {
      VORONKA_HUB_PASSWORD: 'ivan-secret',
      LANG: 'ru_RU.UTF-8',
    });
    expect(refused).toMatchObject({
      code: 1,
      err: 'voronka hub: Управлять командой может только администратор хаба.\n',
    });

    expect(
      await run(['hub', 'remove-user', '--url', hub.url('olga'), '--login', 'ivan'], { ...asOlga, LANG: 'C' }),
    ).toMatchObject({ code: 0 });
    const gone = await run(['hub', 'status', '--url', hub.url('ivan')], { VORONKA_HUB_PASSWORD: 'ivan-secret' });
    expect(gone).toMatchObject({
      code: 1,
      err: 'voronka hub: The hub refused the login or password. Check them with your team admin.\n',
    });
  });

  it('sync pushes a device file’s changes and pulls them into another; bad options and a missing hub are named', async () => {
    const hub = await createHubDatabase(server.current!);
    const database = new URL(hub.url('x')).pathname.slice(1);
    const owner = ownerUrl(database);
    for (const login of ['anna', 'boris']) {
      await run(['hub', 'add-user', '--url', owner, '--login', login, '--user-id', `u-${login}`, '--role', 'admin'], {
        VORONKA_HUB_NEW_PASSWORD: `${login}-secret`,
      });
    }
    const dir = mkdtempSync(join(tmpdir(), 'voronka-hubcli-'));
    try {
      const [a, b] = [join(dir, 'a.sqlite'), join(dir, 'b.sqlite')];
      const first = createBackend({ dbPath: a, platform: 'test' });
      expect((await first.dispatch('deals.create', { title: 'Вектор', pipelineId: DEFAULT_PIPELINE.id })).ok).toBe(
        true,
      );
      first.close();
      createBackend({ dbPath: b, platform: 'test' }).close();
      const pushed = await run(['hub', 'sync', '--url', hub.url('anna'), '--db', a], {
        VORONKA_HUB_PASSWORD: 'anna-secret',
        LANG: 'C',
      });
      expect(pushed.code).toBe(0);
      expect(pushed.out).toMatch(
        /^Synced with the hub as anna \(admin\)\.\n {2}pushed \d+ changes\n {2}pulled 0 changes, 0 new\n$/,
      );
      const pulled = await run(['hub', 'sync', '--url', hub.url('boris'), '--db', b], {
        VORONKA_HUB_PASSWORD: 'boris-secret',
      });
      expect(pulled.code).toBe(0);
      const second = createBackend({ dbPath: b, platform: 'test' });
      expect(second.db.sqlite.prepare('SELECT title FROM deals').pluck().all()).toEqual(['Вектор']);
      second.close();

      // A rep's new device: its fresh defaults stay home (every device makes them), and renaming a
      // stage — the team's settings — is refused by the hub.
      await run(['hub', 'add-user', '--url', owner, '--login', 'ivan', '--user-id', 'u-ivan', '--role', 'rep'], {
        VORONKA_HUB_NEW_PASSWORD: 'ivan-secret',
      });
      const c = join(dir, 'c.sqlite');
      const repDevice = createBackend({ dbPath: c, platform: 'test' });
      const renamed = await repDevice.dispatch('stages.update', {
        id: DEFAULT_STAGES[0]!.id,
        patch: { name: 'Мои лиды' },
      });
      expect(renamed.ok).toBe(true);
      repDevice.close();
      const rep = await run(['hub', 'sync', '--url', hub.url('ivan'), '--db', c], {
        VORONKA_HUB_PASSWORD: 'ivan-secret',
        LANG: 'C',
      });
      expect(rep.code).toBe(0);
      expect(rep.out).toMatch(/pushed 0 changes, 1 refused by the hub\n/);
      expect(rep.out).toMatch(/ {2}The hub refused \d+ changes: you have no access to those records/);

      expect(await run(['hub', 'sync', '--url', hub.url('anna')])).toMatchObject({ code: 2 });
      expect(
        await run(['hub', 'add-user', '--url', owner, '--login', 'x', '--user-id', 'u', '--role', 'boss']),
      ).toMatchObject({
        code: 2,
        err: 'voronka hub: --role must be one of rep, manager, admin. Run `voronka hub --help`.\n',
      });
      const noHub = await run(['hub', 'status', '--url', ownerUrl('postgres')], { LANG: 'C' });
      expect(noHub).toMatchObject({
        code: 1,
        err: 'voronka hub: There is no Voronka hub at this address. An admin creates it with voronka hub init.\n',
      });
      const passwordInUrl = await run(['hub', 'status', '--url', 'postgres://anna:pw@localhost/x']);
      expect(passwordInUrl.err).toMatch(/postgres:\/\/ or postgresql:\/\/ and hold no password/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
