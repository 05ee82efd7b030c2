import type { Client } from '@shared/contract/createClient';
import type { TableName } from '@shared/contract/tableNames';
import { useCallback, useEffect, useMemo } from 'react';
import { useClient } from '../ClientContext';
import { useReportError } from '../../ui/toasts/useReportError';
import type { RecordStore, ViewStatus } from './createRecordStore';
import { useTablesChanged } from './useTablesChanged';

export type RecordViewOptions<T extends { id: string }, Q> = {
  store: RecordStore<T>;
  viewKey: string;
  query: Q;
  /** Must be stable (module-level): a new function each render would refetch each render. */
  fetchPage(client: Client, query: Q): Promise<{ rows: readonly T[]; total: number }>;
  /** Tables whose changes make this view stale. */
  tables: readonly TableName[];
};

/** A performance mark when a view first has data after page load (e2e and bench read it). */
const markFirstReady = (viewKey: string) => {
  const name = `voronka:view-ready:${viewKey}`;
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
};

export type RecordView<T> = { rows: T[]; total: number; status: ViewStatus; refetch(): void };

/**
 * Loads one view of a record store, reloads it when the query changes or when `data.changed`
 * names one of its tables, and reports a failed load as a translated toast.
 */
export const useRecordView = <T extends { id: string }, Q>({
  store,
  viewKey,
  query,
  fetchPage,
  tables,
}: RecordViewOptions<T, Q>): RecordView<T> => {
  const client = useClient();
  const reportError = useReportError();
  const queryKey = JSON.stringify(query);

  const refetch = useCallback(() => {
    const { startLoading, receive, fail } = store.getState();
    const requestId = startLoading(viewKey);
    fetchPage(client, JSON.parse(queryKey) as Q).then(
      (page) => {
        receive(viewKey, requestId, page.rows, page.total);
        markFirstReady(viewKey);
      },
      (error: unknown) => {
        fail(viewKey, requestId);
        reportError(error);
      },
    );
  }, [client, store, viewKey, queryKey, fetchPage, reportError]);

  useEffect(refetch, [refetch]);
  useTablesChanged(tables, refetch);

  const view = store((state) => state.views[viewKey]);
  const byId = store((state) => state.byId);
  const rows = useMemo(
    () => (view?.ids ?? []).map((id) => byId[id]).filter((row): row is T => row !== undefined),
    [view, byId],
  );
  return { rows, total: view?.total ?? 0, status: view?.status ?? 'loading', refetch };
};
