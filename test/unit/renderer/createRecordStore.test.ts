import { describe, expect, it } from 'vitest';
import { createRecordStore } from '../../../src-renderer/platform/data/createRecordStore';

type Row = { id: string; title: string };

describe('createRecordStore', () => {
  it('keeps records by id and ids per view', () => {
    const store = createRecordStore<Row>();
    const request = store.getState().startLoading('table');
    store.getState().receive(
      'table',
      request,
      [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
      7,
    );
    const state = store.getState();
    expect(state.views.table).toMatchObject({ ids: ['a', 'b'], total: 7, status: 'ready' });
    expect(state.byId.a).toEqual({ id: 'a', title: 'A' });
  });

  it('drops answers to superseded requests (typing races)', () => {
    const store = createRecordStore<Row>();
    const slow = store.getState().startLoading('table');
    const fast = store.getState().startLoading('table');
    store.getState().receive('table', fast, [{ id: 'new', title: 'new' }], 1);
    store.getState().receive('table', slow, [{ id: 'old', title: 'old' }], 1);
    store.getState().fail('table', slow);
    expect(store.getState().views.table).toMatchObject({ ids: ['new'], status: 'ready' });
  });

  it('keeps rows on screen while reloading and shares records between views', () => {
    const store = createRecordStore<Row>();
    const first = store.getState().startLoading('table');
    store.getState().receive('table', first, [{ id: 'a', title: 'A' }], 1);
    store.getState().startLoading('table');
    expect(store.getState().views.table).toMatchObject({ ids: ['a'], status: 'loading' });
    const board = store.getState().startLoading('board');
    store.getState().receive('board', board, [{ id: 'a', title: 'A2' }], 1);
    expect(store.getState().byId.a?.title).toBe('A2');
  });

  it('forgets records no view shows any more', () => {
    const store = createRecordStore<Row>();
    const first = store.getState().startLoading('table');
    store.getState().receive('table', first, [{ id: 'a', title: 'A' }], 1);
    const second = store.getState().startLoading('table');
    store.getState().receive('table', second, [{ id: 'b', title: 'B' }], 1);
    expect(Object.keys(store.getState().byId)).toEqual(['b']);
  });

  it('marks a failed load as an error without losing the rows', () => {
    const store = createRecordStore<Row>();
    const first = store.getState().startLoading('table');
    store.getState().receive('table', first, [{ id: 'a', title: 'A' }], 1);
    const second = store.getState().startLoading('table');
    store.getState().fail('table', second);
    expect(store.getState().views.table).toMatchObject({ ids: ['a'], status: 'error' });
  });
});
