import { create } from 'zustand';

export type ViewStatus = 'loading' | 'ready' | 'error';

/** One list on screen: which records, in which order, out of how many on the server. */
export type ViewState = {
  ids: string[];
  total: number;
  status: ViewStatus;
  /** Latest request; answers to older ones are dropped (typing in a search box races). */
  requestId: number;
};

export type RecordStoreState<T extends { id: string }> = {
  byId: Record<string, T>;
  views: Record<string, ViewState>;
  /** Marks a view as loading (keeping its rows on screen) and returns the request's id. */
  startLoading(viewKey: string): number;
  receive(viewKey: string, requestId: number, rows: readonly T[], total: number): void;
  fail(viewKey: string, requestId: number): void;
  /** Puts single records in (a create or update answer) without touching any view's ids. */
  upsert(rows: readonly T[]): void;
};

const EMPTY_VIEW: ViewState = { ids: [], total: 0, status: 'loading', requestId: 0 };

/** Keeps only records some view still shows, so the store does not grow with every page read. */
const retain = <T extends { id: string }>(byId: Record<string, T>, views: Record<string, ViewState>) => {
  const kept: Record<string, T> = {};
  for (const view of Object.values(views)) {
    for (const id of view.ids) {
      const record = byId[id];
      if (record) kept[id] = record;
    }
  }
  return kept;
};

/**
 * A feature store in the Twenty style: records normalised by id, plus the ids (and totals) of
 * each view that shows them. Components select a view and map its ids to records; fetching and
 * refetching on `data.changed` live in hooks (see useRecordView).
 */
export const createRecordStore = <T extends { id: string }>() =>
  create<RecordStoreState<T>>()((set, get) => ({
    byId: {},
    views: {},
    startLoading(viewKey) {
      const view = get().views[viewKey] ?? EMPTY_VIEW;
      const requestId = view.requestId + 1;
      set((state) => ({ views: { ...state.views, [viewKey]: { ...view, status: 'loading', requestId } } }));
      return requestId;
    },
    receive(viewKey, requestId, rows, total) {
      set((state) => {
        const view = state.views[viewKey];
        if (!view || view.requestId !== requestId) return state;
        const views = {
          ...state.views,
          [viewKey]: { ids: rows.map((row) => row.id), total, status: 'ready' as const, requestId },
        };
        const byId = { ...state.byId };
        for (const row of rows) byId[row.id] = row;
        return { views, byId: retain(byId, views) };
      });
    },
    fail(viewKey, requestId) {
      set((state) => {
        const view = state.views[viewKey];
        if (!view || view.requestId !== requestId) return state;
        return { views: { ...state.views, [viewKey]: { ...view, status: 'error' } } };
      });
    },
    upsert(rows) {
      set((state) => {
        const byId = { ...state.byId };
        for (const row of rows) byId[row.id] = row;
        return { byId };
      });
    },
  }));

export type RecordStore<T extends { id: string }> = ReturnType<typeof createRecordStore<T>>;
