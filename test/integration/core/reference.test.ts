import { DEFAULT_LEAD_SOURCES, DEFAULT_LOSS_REASONS } from '@shared/domain/defaultWorkspace';
import { afterEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, type TempBackend } from '../../helpers/tempBackend';

let backend: TempBackend;
afterEach(() => backend?.dispose());

describe('loss reasons', () => {
  it('starts with the seeded reasons, named by key until renamed', async () => {
    backend = createTempBackend();
    const reasons = await clientFor(backend).call('lossReasons.list');
    expect(reasons.map((reason) => reason.defaultKey)).toEqual(DEFAULT_LOSS_REASONS.map((reason) => reason.key));
    expect(reasons.every((reason) => reason.name === null && reason.archivedAt === null)).toBe(true);
  });

  it('creates at the end, renames, and gives a seeded reason its default name back', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const created = await client.call('lossReasons.create', { name: 'Ушли к конкуренту из Казани' });
    const list = await client.call('lossReasons.list');
    expect(list.at(-1)?.id).toBe(created.id);
    expect(created).toMatchObject({ name: 'Ушли к конкуренту из Казани', defaultKey: null });

    const price = DEFAULT_LOSS_REASONS[0]?.id ?? '';
    expect(await client.call('lossReasons.rename', { id: price, name: 'Дорого' })).toMatchObject({
      name: 'Дорого',
      defaultKey: 'price',
    });
    expect(await client.call('lossReasons.rename', { id: price, name: null })).toMatchObject({ name: null });

    const nameless = await backend.dispatch('lossReasons.rename', { id: created.id, name: null });
    expect(nameless).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', issues: [{ path: 'name', params: { reason: 'name_required' } }] },
    });
    const taken = await backend.dispatch('lossReasons.create', { name: 'ушли к КОНКУРЕНТУ из казани' });
    expect(taken).toMatchObject({ ok: false, error: { issues: [{ path: 'name', params: { reason: 'name_taken' } }] } });
    const empty = await backend.dispatch('lossReasons.create', { name: '   ' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', issues: [{ path: 'name' }] } });
  });

  it('archives out of the list and back, keeping the place', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const before = await client.call('lossReasons.list');
    const second = before[1]?.id ?? '';
    const archived = await client.call('lossReasons.archive', { id: second });
    expect(archived.archivedAt).not.toBeNull();
    expect((await client.call('lossReasons.list')).map((reason) => reason.id)).not.toContain(second);
    expect((await client.call('lossReasons.list', { includeArchived: true })).map((reason) => reason.id)).toEqual(
      before.map((reason) => reason.id),
    );
    await client.call('lossReasons.unarchive', { id: second });
    expect((await client.call('lossReasons.list')).map((reason) => reason.id)).toEqual(
      before.map((reason) => reason.id),
    );
  });

  it('reorders by neighbour, writing one position, and persists the order', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const ids = (await client.call('lossReasons.list')).map((reason) => reason.id);
    const [first, second, third] = ids as [string, string, string];
    const last = ids.at(-1) ?? '';
    const messagesBefore = backend.db.sqlite
      .prepare("SELECT count(*) FROM change_log WHERE tbl = 'loss_reasons'")
      .pluck()
      .get() as number;

    const afterThird = await client.call('lossReasons.reorder', { id: first, afterId: third });
    expect(afterThird.slice(0, 3).map((reason) => reason.id)).toEqual([second, third, first]);
    const messagesAfter = backend.db.sqlite
      .prepare("SELECT count(*) FROM change_log WHERE tbl = 'loss_reasons'")
      .pluck()
      .get() as number;
    expect(messagesAfter - messagesBefore).toBe(1);

    await client.call('lossReasons.reorder', { id: last, beforeId: second });
    expect((await client.call('lossReasons.list')).map((reason) => reason.id).slice(0, 2)).toEqual([last, second]);
    await client.call('lossReasons.reorder', { id: second });
    expect((await client.call('lossReasons.list')).at(-1)?.id).toBe(second);

    const unknown = await backend.dispatch('lossReasons.reorder', {
      id: first,
      afterId: '01900000-0000-7000-8000-000000000009',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', params: { reason: 'unknown_neighbour' } } });
  });
});

describe('lead sources', () => {
  it('lists the seeded sources first, then the firm’s own; renames and archives them', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    const seeded = await client.call('leadSources.list');
    expect(seeded.map((source) => source.defaultKey)).toEqual(DEFAULT_LEAD_SOURCES.map((source) => source.key));

    const own = await client.call('leadSources.create', { name: 'Выставка «Связь»' });
    expect((await client.call('leadSources.list')).at(-1)).toEqual(own);
    const renamed = await client.call('leadSources.rename', { id: own.id, name: 'Выставка «Связь-2026»' });
    expect(renamed.name).toBe('Выставка «Связь-2026»');
    const taken = await backend.dispatch('leadSources.create', { name: 'выставка «связь-2026»' });
    expect(taken).toMatchObject({ ok: false, error: { issues: [{ params: { reason: 'name_taken' } }] } });

    await client.call('leadSources.archive', { id: own.id });
    expect((await client.call('leadSources.list')).map((source) => source.id)).not.toContain(own.id);
    expect((await client.call('leadSources.list', { includeArchived: true })).map((source) => source.id)).toContain(
      own.id,
    );
    const website = DEFAULT_LEAD_SOURCES[0]?.id ?? '';
    expect(await client.call('leadSources.rename', { id: website, name: 'Сайт' })).toMatchObject({
      name: 'Сайт',
      defaultKey: 'website',
    });
  });

  it('announces the changed table so pickers refresh', async () => {
    backend = createTempBackend();
    backend.received.length = 0;
    await clientFor(backend).call('leadSources.create', { name: 'Telegram' });
    expect(backend.received).toContainEqual({ type: 'data.changed', tables: ['lead_sources'] });
  });
});
