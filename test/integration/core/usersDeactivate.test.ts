import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, type TempBackend } from '../../helpers/tempBackend';

let backend: TempBackend;
afterEach(() => backend?.dispose());

const setUp = async () => {
  backend = createTempBackend();
  const client = clientFor(backend);
  const me = await client.call('users.create', { name: 'Manager', role: 'manager' });
  await client.call('settings.set', { 'user.currentId': me.id });
  const rep = await client.call('users.create', { name: 'Leaving Rep', role: 'rep' });
  const heir = await client.call('users.create', { name: 'Heir', role: 'rep' });
  const deal = (title: string) =>
    client.call('deals.create', { title, pipelineId: DEFAULT_PIPELINE.id, ownerId: rep.id });
  const open = [await deal('Open 1'), await deal('Open 2')];
  const won = await deal('Won');
  await backend.db.sqlite.prepare("UPDATE deals SET status = 'won', won_at = 1 WHERE id = ?").run(won.id);
  const deleted = await deal('Deleted');
  await client.call('deals.delete', { id: deleted.id });
  return { client, me, rep, heir, open, won, deleted };
};

const ownersLog = (dealIds: readonly string[]) =>
  backend.db.sqlite
    .prepare(
      `SELECT count(*) FROM change_log WHERE tbl = 'deals' AND col = 'owner_id' AND row_id IN (${dealIds.map(() => '?').join(',')})`,
    )
    .pluck()
    .get(...dealIds);

describe('deactivating a user with open deals', () => {
  it('counts only their live open deals', async () => {
    const { client, rep, heir } = await setUp();
    expect(await client.call('users.openDeals', { id: rep.id })).toEqual({ count: 2 });
    expect(await client.call('users.openDeals', { id: heir.id })).toEqual({ count: 0 });
  });

  it('hands the open deals to an active teammate in the same write, logged per deal; won and deleted deals keep their owner', async () => {
    const { client, rep, heir, open, won, deleted } = await setUp();
    const before = ownersLog(open.map((deal) => deal.id));
    const result = await client.call('users.deactivate', { id: rep.id, reassignOpenDealsTo: heir.id });
    expect(result.active).toBe(false);
    for (const deal of open) expect((await client.call('deals.get', { id: deal.id })).ownerId).toBe(heir.id);
    expect((await client.call('deals.get', { id: won.id })).ownerId).toBe(rep.id);
    const tomb = backend.db.sqlite.prepare('SELECT owner_id FROM deals WHERE id = ?').pluck().get(deleted.id);
    expect(tomb).toBe(rep.id);
    expect(ownersLog(open.map((deal) => deal.id))).toBe(Number(before) + 2);
    // The deals' views refetch: the mutation invalidates the deals table too.
    expect(backend.received.some((event) => event.type === 'data.changed' && event.tables.includes('deals'))).toBe(true);
    expect(await client.call('users.openDeals', { id: rep.id })).toEqual({ count: 0 });
  });

  it('refuses an inactive, unknown or same heir on the field and changes nothing', async () => {
    const { client, rep, heir, open } = await setUp();
    await client.call('users.deactivate', { id: heir.id });
    const cases = [
      [heir.id, 'user_inactive'],
      ['01900000-0000-7000-8000-000000000001', 'owner_not_found'],
      [rep.id, 'reassign_to_same_user'],
    ] as const;
    for (const [reassignOpenDealsTo, reason] of cases) {
      const refused = await backend.dispatch('users.deactivate', { id: rep.id, reassignOpenDealsTo });
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT', issues: [{ path: 'reassignOpenDealsTo', params: { reason } }] },
      });
    }
    expect((await client.call('users.get', { id: rep.id })).active).toBe(true);
    for (const deal of open) expect((await client.call('deals.get', { id: deal.id })).ownerId).toBe(rep.id);
  });

  it('without a heir, leaves the deals with the deactivated owner (still listed by the owner filter)', async () => {
    const { client, rep, open } = await setUp();
    await client.call('users.deactivate', { id: rep.id });
    const listed = await client.call('deals.list', { ownerId: rep.id, status: 'open' });
    expect(listed.rows.map((deal) => deal.id).sort()).toEqual(open.map((deal) => deal.id).sort());
  });
});
