import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../src-main/core/createBackend';
import { connectHub } from '../../../src-main/core/hub/HubConnection';
import { clientFor, createTempBackend, expectOk, type TempBackend } from '../../helpers/tempBackend';
import { createHubDevice, type HubDevice } from './hubDevices';
import { addMember, createHubDatabase, hubSkipReason, useTestPostgres } from './hubTestKit';

const server = useTestPostgres();
const backends: TempBackend[] = [];
const devices: HubDevice[] = [];
afterEach(async () => {
  for (const backend of backends.splice(0)) {
    await backend.stopBackgroundWork();
    backend.dispose();
  }
  for (const device of devices.splice(0)) device.backend.dispose();
});

const waitFor = async (check: () => boolean | Promise<boolean>, timeoutMs = 20_000) => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

const open = () => {
  const backend = createTempBackend();
  backends.push(backend);
  return { backend, client: clientFor(backend) };
};

describe.skipIf(hubSkipReason !== null)('Settings → Sync: the hub through the contract', () => {
  it('tests, connects, syncs, says what waits to go out, never hands the password back, and disconnects', async () => {
    const hub = await createHubDatabase(server.current!);
    await addMember(hub, { login: 'anna', userId: 'ua', role: 'admin' });
    await addMember(hub, { login: 'boris', userId: 'ub', role: 'admin' });
    const { backend, client } = open();

    expect(await client.call('hub.get', {})).toMatchObject({ state: 'disconnected', url: null, login: null });
    // A URL that is no postgres:// address never reaches the core.
    const bad = await backend.dispatch('hub.test', { url: 'http://example.com', password: 'x' });
    expect(bad.ok).toBe(false);
    // A password inside the URL is refused (it would be stored and shown).
    const withPassword = await client.call('hub.test', { url: 'postgres://anna:secret@localhost/db' });
    expect(withPassword.problem).toMatchObject({ reason: 'bad_url' });

    const wrong = await client.call('hub.test', { url: hub.url('anna'), password: 'wrong-password' });
    expect(wrong).toMatchObject({ identity: null, problem: { reason: 'auth_failed' } });
    const tested = await client.call('hub.test', { url: hub.url('anna'), password: 'anna-secret' });
    expect(tested).toMatchObject({ problem: null, identity: { login: 'anna', role: 'admin', userId: 'ua' } });
    // A test stores nothing.
    expect((await client.call('hub.get', {})).url).toBeNull();

    const refused = await client.call('hub.connect', { url: hub.url('anna'), password: 'wrong-password' });
    expect(refused.problem).toMatchObject({ reason: 'auth_failed' });
    expect(refused.status).toMatchObject({ state: 'disconnected', url: null });

    const connected = await client.call('hub.connect', { url: hub.url('anna'), password: 'anna-secret' });
    expect(connected.problem).toBeNull();
    expect(connected.status).toMatchObject({ url: hub.url('anna'), login: 'anna', passwordSource: 'memory' });
    await waitFor(async () => (await client.call('hub.get', {})).lastSyncAt !== null);
    const synced = await client.call('hub.get', {});
    expect(synced).toMatchObject({ state: 'idle', lastError: null, waitingOut: 0, identity: { role: 'admin' } });
    expect(JSON.stringify(synced)).not.toContain('anna-secret');

    // A change made now waits to go out until the next sync.
    await client.call('deals.create', { title: 'Вектор', pipelineId: DEFAULT_PIPELINE.id });
    expect((await client.call('hub.get', {})).waitingOut).toBeGreaterThan(0);
    await client.call('hub.syncNow', {});
    await waitFor(async () => (await client.call('hub.get', {})).waitingOut === 0);
    const boris = createHubDevice(hub, 'boris');
    devices.push(boris);
    await boris.sync();
    expect(boris.count("SELECT count(*) FROM deals WHERE title = 'Вектор'")).toBe(1);

    const after = await client.call('hub.disconnect', {});
    expect(after).toMatchObject({ state: 'disconnected', url: null });
    expect(backend.db.sqlite.prepare('SELECT url FROM sync_hub_settings').pluck().get()).toBeNull();
    // What was synced stays on this device.
    expect(backend.db.sqlite.prepare("SELECT count(*) FROM deals WHERE title = 'Вектор'").pluck().get()).toBe(1);
  });

  it('the desktop: the password the keychain kept syncs from the start; forgetting it stops the next sync', async () => {
    const hub = await createHubDatabase(server.current!);
    await addMember(hub, { login: 'anna', userId: 'ua', role: 'admin' });
    const dir = mkdtempSync(join(tmpdir(), 'voronka-hubkeychain-'));
    const dbPath = join(dir, 'a.sqlite');
    try {
      const first = createBackend({ dbPath, platform: 'test', keychainHubPassword: null });
      const firstClient = clientFor(first);
      expect((await firstClient.call('hub.get', {})).passwordSource).toBe('none');
      await firstClient.call('hub.connect', { url: hub.url('anna'), password: 'anna-secret' });
      expect((await firstClient.call('hub.get', {})).passwordSource).toBe('keychain');
      await first.stopBackgroundWork();
      first.close();

      // A restart: main decrypted the kept password and hands it over; the stored hub syncs at once.
      const again = createBackend({ dbPath, platform: 'test', keychainHubPassword: 'anna-secret', hubSchedule: true });
      const client = clientFor(again);
      try {
        await waitFor(async () => (await client.call('hub.get', {})).lastSyncAt !== null);
        expect(await client.call('hub.get', {})).toMatchObject({ state: 'idle', passwordSource: 'keychain' });
        expect(await again.setHubPassword(null)).toMatchObject({ passwordSource: 'none' });
        await client.call('hub.syncNow', {});
        await waitFor(async () => (await client.call('hub.get', {})).state === 'error');
        expect((await client.call('hub.get', {})).lastError).toMatchObject({ reason: 'password_missing' });
        expect(await again.setHubPassword('anna-secret')).toMatchObject({ passwordSource: 'keychain' });
        await waitFor(async () => (await client.call('hub.get', {})).state === 'idle');
      } finally {
        await again.stopBackgroundWork();
        again.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an admin adds a person (their own login), sets a role and removes them; a rep sees the team read-only', async () => {
    const hub = await createHubDatabase(server.current!);
    await addMember(hub, { login: 'anna', userId: 'ua', role: 'admin' });
    const admin = open();
    expect(await admin.client.call('hub.team', {})).toMatchObject({ connected: false, members: [] });
    expectOk(await admin.backend.dispatch('hub.connect', { url: hub.url('anna'), password: 'anna-secret' }));
    const user = await admin.client.call('users.create', { name: 'Иван', role: 'rep' });

    const added = await admin.client.call('hub.addMember', {
      login: 'ivan',
      password: 'ivan-secret',
      userId: user.id,
      role: 'rep',
      team: 'north',
    });
    expect(added.problem).toBeNull();
    expect(added).toMatchObject({ canManage: true, me: 'anna' });
    expect(added.members).toEqual([
      { login: 'anna', userId: 'ua', role: 'admin', team: null },
      { login: 'ivan', userId: user.id, role: 'rep', team: 'north' },
    ]);
    // The new login connects with its own password.
    const ivanClient = await connectHub({ url: hub.url('ivan'), password: 'ivan-secret' });
    await ivanClient.end();

    const again = await admin.client.call('hub.addMember', {
      login: 'ivan',
      password: 'ivan-secret',
      userId: user.id,
      role: 'rep',
      team: null,
    });
    expect(again.problem).toMatchObject({ reason: 'member_exists' });

    const rep = open();
    expectOk(await rep.backend.dispatch('hub.connect', { url: hub.url('ivan'), password: 'ivan-secret' }));
    const seen = await rep.client.call('hub.team', {});
    expect(seen).toMatchObject({ canManage: false, me: 'ivan', problem: null });
    expect(seen.members.map((member) => member.login)).toEqual(['anna', 'ivan']);
    const notAdmin = await rep.client.call('hub.setRole', { login: 'ivan', role: 'admin', team: null });
    expect(notAdmin.problem).toMatchObject({ reason: 'not_admin' });

    const promoted = await admin.client.call('hub.setRole', { login: 'ivan', role: 'manager', team: 'north' });
    expect(promoted.members.find((member) => member.login === 'ivan')).toMatchObject({ role: 'manager' });
    const selfRemoval = await admin.client.call('hub.removeMember', { login: 'anna' });
    expect(selfRemoval.problem).toMatchObject({ reason: 'remove_self' });
    const removed = await admin.client.call('hub.removeMember', { login: 'ivan' });
    expect(removed.members.map((member) => member.login)).toEqual(['anna']);
    await expect(connectHub({ url: hub.url('ivan'), password: 'ivan-secret' })).rejects.toMatchObject({
      reason: 'auth_failed',
    });
  });
});
