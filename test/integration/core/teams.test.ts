import { afterEach, describe, expect, it } from 'vitest';
import { syncBoth } from '../../helpers/syncPeers';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';
import { createDealsKit, type DealsKit, expectFailure } from './dealsTestKit';

const opened: (DealsKit | TempBackend)[] = [];
afterEach(() => {
  for (const item of opened.splice(0)) item.dispose();
});

const kitFor = async () => {
  const kit = await createDealsKit();
  opened.push(kit);
  return kit;
};

describe('teams', () => {
  it('are created with a manager as lead, hold users, and refuse a rep lead, a taken name or a missing team', async () => {
    const kit = await kitFor();
    const { client } = kit;
    const boss = await client.call('users.create', { name: 'Ольга', role: 'manager' });
    const rep = await client.call('users.create', { name: 'Иван', role: 'rep' });
    const team = await client.call('teams.create', { name: 'Москва', leadId: boss.id });
    expect(team).toMatchObject({ name: 'Москва', leadId: boss.id, members: 0 });

    const lead = await expectFailure(kit, 'teams.create', { name: 'Казань', leadId: rep.id }, 'BAD_INPUT');
    expect(lead.issues?.[0]).toMatchObject({ path: 'leadId', params: { reason: 'lead_not_manager' } });
    const taken = await expectFailure(kit, 'teams.create', { name: ' москва ', leadId: null }, 'BAD_INPUT');
    expect(taken.issues?.[0]).toMatchObject({ path: 'name', params: { reason: 'name_taken' } });

    const joined = await client.call('users.update', { id: rep.id, patch: { teamId: team.id } });
    expect(joined.teamId).toBe(team.id);
    const hired = await client.call('users.create', { name: 'Пётр', role: 'rep', teamId: team.id });
    expect(hired.teamId).toBe(team.id);
    expect(await client.call('teams.list', {})).toMatchObject([{ id: team.id, members: 2 }]);
    const missing = await expectFailure(
      kit,
      'users.update',
      { id: rep.id, patch: { teamId: '01900000-0000-7000-8000-000000000000' } },
      'BAD_INPUT',
    );
    expect(missing.issues?.[0]).toMatchObject({ path: 'patch.teamId', params: { reason: 'team_not_found' } });

    const renamed = await client.call('teams.update', { id: team.id, patch: { name: 'Москва-Север', leadId: null } });
    expect(renamed).toMatchObject({ name: 'Москва-Север', leadId: null });
  });

  it('a delete takes its users out of it in the same write, through the change log', async () => {
    const kit = await kitFor();
    const { client } = kit;
    const team = await client.call('teams.create', { name: 'Юг', leadId: null });
    const rep = await client.call('users.create', { name: 'Иван', role: 'rep', teamId: team.id });
    await client.call('teams.delete', { id: team.id });
    expect(await client.call('teams.list', {})).toEqual([]);
    expect((await client.call('users.get', { id: rep.id })).teamId).toBeNull();
    const logged = kit.backend.db.sqlite
      .prepare("SELECT col, value FROM change_log WHERE tbl = 'users' AND row_id = ? AND col = 'team_id' ORDER BY hlc")
      .all(rep.id);
    expect(logged).toEqual([
      { col: 'team_id', value: JSON.stringify(team.id) },
      { col: 'team_id', value: 'null' },
    ]);
  });

  it('travel by sync with their lead and members, even when the lead and the team are new together', async () => {
    const device = (offset: number) => {
      const backend = createTempBackend({ clock: createTestClock(Date.UTC(2026, 10, 23, 9) + offset) });
      opened.push(backend);
      return { backend, client: clientFor(backend) };
    };
    const a = device(0);
    const b = device(5);
    // The lead is created, then the team led by them, then the lead joins it: each row names the other.
    const boss = await a.client.call('users.create', { name: 'Ольга', role: 'manager' });
    const team = await a.client.call('teams.create', { name: 'Москва', leadId: boss.id });
    await a.client.call('users.update', { id: boss.id, patch: { teamId: team.id } });
    await syncBoth(a.backend, b.backend);
    expect(await b.client.call('teams.list', {})).toEqual(await a.client.call('teams.list', {}));
    expect((await b.client.call('users.get', { id: boss.id })).teamId).toBe(team.id);
    expect(b.backend.db.sqlite.prepare('SELECT count(*) AS n FROM sync_pending').get()).toEqual({ n: 0 });
  });
});
