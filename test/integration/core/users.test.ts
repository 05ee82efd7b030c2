import { afterEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, type TempBackend } from '../../helpers/tempBackend';

let backend: TempBackend;
afterEach(() => backend?.dispose());

const UNKNOWN_ID = '01900000-0000-7000-8000-000000000001';

describe('users', () => {
  it('lists active users by name in any script, with roles, and deactivated ones on request', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const boris = await client.call('users.create', {
      name: 'Борис Рыбаков',
      role: 'manager',
      email: 'Boris@Example.com',
    });
    const anna = await client.call('users.create', { name: 'анна Смирнова', role: 'rep', managerId: boris.id });
    const zed = await client.call('users.create', { name: 'Zed', role: 'rep' });
    expect(anna).toMatchObject({ role: 'rep', managerId: boris.id, active: true, email: null });
    expect(boris.email).toBe('boris@example.com');

    expect((await client.call('users.list')).map((user) => user.name)).toEqual([
      'Zed',
      'анна Смирнова',
      'Борис Рыбаков',
    ]);
    expect((await client.call('users.list', { role: 'rep' })).map((user) => user.id)).toEqual([zed.id, anna.id]);

    await client.call('users.deactivate', { id: zed.id });
    expect((await client.call('users.list')).map((user) => user.id)).toEqual([anna.id, boris.id]);
    const all = await client.call('users.list', { includeInactive: true });
    expect(all.find((user) => user.id === zed.id)?.active).toBe(false);

    await client.call('users.activate', { id: zed.id });
    expect(await client.call('users.list')).toHaveLength(3);
  });

  it('updates fields and refuses a manager loop or an unknown manager on the field', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const boss = await client.call('users.create', { name: 'Boss', role: 'manager' });
    const rep = await client.call('users.create', { name: 'Rep', role: 'rep', managerId: boss.id });
    const updated = await client.call('users.update', { id: rep.id, patch: { name: 'Rep One', role: 'manager' } });
    expect(updated).toMatchObject({ name: 'Rep One', role: 'manager', managerId: boss.id });

    const loop = await backend.dispatch('users.update', { id: boss.id, patch: { managerId: rep.id } });
    expect(loop).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', issues: [{ path: 'patch.managerId', params: { reason: 'manager_cycle' } }] },
    });
    const self = await backend.dispatch('users.update', { id: boss.id, patch: { managerId: boss.id } });
    expect(self).toMatchObject({ ok: false, error: { issues: [{ params: { reason: 'manager_cycle' } }] } });
    const unknown = await backend.dispatch('users.create', { name: 'X', role: 'rep', managerId: UNKNOWN_ID });
    expect(unknown).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'managerId', params: { reason: 'user_not_found' } }] },
    });
    const badEmail = await backend.dispatch('users.create', { name: 'X', role: 'rep', email: 'not-an-email' });
    expect(badEmail).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'email', params: { reason: 'email_invalid' } }] },
    });
    expect(await backend.dispatch('users.get', { id: UNKNOWN_ID })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('the current user', () => {
  it('is null on a new workspace, then the user chosen at first start', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    expect(await client.call('users.current')).toBeNull();
    const me = await client.call('users.create', { name: 'Мария', role: 'rep' });
    await client.call('settings.set', { 'user.currentId': me.id });
    expect(await client.call('users.current')).toEqual(me);
  });

  it('must be an existing, active user', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const unknown = await backend.dispatch('settings.set', { 'user.currentId': UNKNOWN_ID });
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', issues: [{ path: 'user.currentId', params: { reason: 'user_not_found' } }] },
    });
    const gone = await client.call('users.create', { name: 'Gone', role: 'rep' });
    await client.call('users.deactivate', { id: gone.id });
    const inactive = await backend.dispatch('settings.set', { 'user.currentId': gone.id });
    expect(inactive).toMatchObject({ ok: false, error: { issues: [{ params: { reason: 'user_inactive' } }] } });
    expect((await client.call('settings.get'))['user.currentId']).toBeNull();
    // Clearing the choice stays possible.
    expect(await backend.dispatch('settings.set', { 'user.currentId': null })).toMatchObject({ ok: true });
  });

  it('cannot be deactivated, and records as the actor of changes', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const me = await client.call('users.create', { name: 'Me', role: 'admin' });
    await client.call('settings.set', { 'user.currentId': me.id });
    const refused = await backend.dispatch('users.deactivate', { id: me.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', params: { reason: 'current_user' } } });

    const colleague = await client.call('users.create', { name: 'Colleague', role: 'rep' });
    const actors = backend.db.sqlite
      .prepare('SELECT DISTINCT actor_id FROM change_log WHERE row_id = ?')
      .pluck()
      .all(colleague.id);
    expect(actors).toEqual([me.id]);
  });
});
