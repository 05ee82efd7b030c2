import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectFailure, createDealsKit, type DealsKit } from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const save = (name: string, extra: Record<string, unknown> = {}) =>
  kit.client.call('views.create', {
    list: 'deals',
    name,
    params: 'status=open&sort=-value',
    hiddenColumns: ['source'],
    columnSizes: { title: 320 },
    ...extra,
  });

const asUser = (id: string) => kit.client.call('settings.set', { 'user.currentId': id });
const names = async (list: 'deals' | 'companies' = 'deals') =>
  (await kit.client.call('views.list', { list })).map((view) => `${view.name}${view.isDefault ? ' *' : ''}`);

describe('saved views', () => {
  it('saves a list state under a name, private or shared, with a default per person', async () => {
    const mine = await save('Мои открытые', { makeDefault: true });
    expect(mine).toMatchObject({
      list: 'deals',
      params: 'status=open&sort=-value',
      hiddenColumns: ['source'],
      columnSizes: { title: 320 },
      shared: false,
      ownerId: kit.anna,
      mine: true,
      isDefault: true,
    });
    const team = await save('Крупные', { shared: true, params: 'minValue=1000000' });
    expect(await names()).toEqual(['Крупные', 'Мои открытые *']);
    expect(await names('companies')).toEqual([]);

    // Борис sees only the shared view, cannot change it, and picks his own default.
    await asUser(kit.boris);
    expect(await names()).toEqual(['Крупные']);
    const refused = await expectFailure(kit, 'views.update', { id: team.id, patch: { name: 'Моё' } }, 'BAD_INPUT');
    expect(refused.issues?.[0]?.params).toEqual({ reason: 'view_not_yours' });
    await expectFailure(kit, 'views.delete', { id: team.id }, 'BAD_INPUT');
    await expectFailure(kit, 'views.setDefault', { list: 'deals', viewId: mine.id }, 'BAD_INPUT');
    await kit.client.call('views.setDefault', { list: 'deals', viewId: team.id });
    expect(await names()).toEqual(['Крупные *']);

    await asUser(kit.anna);
    expect(await names()).toEqual(['Крупные', 'Мои открытые *']);
    await kit.client.call('views.setDefault', { list: 'deals', viewId: null });
    expect(await names()).toEqual(['Крупные', 'Мои открытые']);
  });

  it('keeps views of the activities table, the leads inbox and the board apart, each with its default', async () => {
    for (const list of ['activities', 'leads', 'board'] as const) {
      await kit.client.call('views.create', {
        list,
        name: `Вид ${list}`,
        params: list === 'board' ? 'owner=u1&mine=1' : 'sort=-createdAt',
        hiddenColumns: [],
        columnSizes: {},
        makeDefault: true,
      });
    }
    expect(
      (await kit.client.call('views.list', { list: 'board' })).map((view) => [view.name, view.params, view.isDefault]),
    ).toEqual([['Вид board', 'owner=u1&mine=1', true]]);
    expect((await kit.client.call('views.list', { list: 'leads' })).map((view) => view.name)).toEqual(['Вид leads']);
    expect((await kit.client.call('views.list', { list: 'activities' })).map((view) => view.name)).toEqual([
      'Вид activities',
    ]);
    expect(await names()).toEqual([]);
  });

  it('refuses a blank or taken name (case and ё aside), renames, overwrites and deletes its own', async () => {
    const view = await save('Тёплые');
    const blank = await kit.backend.dispatch('views.create', {
      list: 'deals',
      name: '  ',
      params: '',
      hiddenColumns: [],
      columnSizes: {},
    });
    expect(blank.ok ? null : blank.error.issues?.[0]?.params).toEqual({ reason: 'name_required' });
    const taken = await kit.backend.dispatch('views.create', {
      list: 'deals',
      name: 'ТЕПЛЫЕ',
      params: '',
      hiddenColumns: [],
      columnSizes: {},
    });
    expect(taken.ok ? null : taken.error.issues?.[0]?.params).toEqual({ reason: 'name_taken' });
    // Another list's views are another namespace.
    await kit.client.call('views.create', {
      list: 'companies',
      name: 'Тёплые',
      params: '',
      hiddenColumns: [],
      columnSizes: {},
    });

    const updated = await kit.client.call('views.update', {
      id: view.id,
      patch: { name: 'Горячие', params: 'q=завод', shared: true },
    });
    expect(updated).toMatchObject({ name: 'Горячие', params: 'q=завод', shared: true });
    await kit.client.call('views.setDefault', { list: 'deals', viewId: view.id });
    await kit.client.call('views.delete', { id: view.id });
    expect(await names()).toEqual([]);
    // The change log holds the view's history (synced table, one write path).
    const logged = kit.backend.db.sqlite
      .prepare("SELECT col FROM change_log WHERE tbl = 'saved_views' AND row_id = ? ORDER BY hlc")
      .pluck()
      .all(view.id);
    expect(logged).toEqual(expect.arrayContaining(['name', 'params', 'shared', 'deleted_at']));
  });
});
