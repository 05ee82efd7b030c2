import type { Client } from '@shared/contract/createClient';
import type { MethodInput, MethodName, MethodOutput } from '@shared/contract/contract';
import type { TableName } from '@shared/contract/tableNames';
import { useCallback, useEffect, useMemo } from 'react';
import { useClient } from '../ClientContext';
import { useReportLoadError } from '../../ui/toasts/useReportLoadError';
import type { RecordStore, ViewStatus } from './createRecordStore';
import { useTablesChanged } from './useTablesChanged';

/** The methods that answer one page of records (`companies.list`, `deals.list`…). */
export type PageMethod = {
  [M in MethodName]: MethodOutput<M> extends { rows: readonly { id: string }[]; total: number } ? M : never;
}[MethodName];

/** The records a page method answers. */
export type PageRow<M extends PageMethod> = MethodOutput<M>['rows'][number];

export type RecordViewOptions<M extends PageMethod> = {
  store: RecordStore<PageRow<M>>;
  /** Reads one page: the store keeps its rows, the view their ids. */
  method: M;
  viewKey: string;
  query: MethodInput<M>;
  /** Tables whose changes make this view stale. */
  tables: readonly TableName[];
};

/** A performance mark when a view first has data after page load (e2e and bench read it). */
const markFirstReady = (viewKey: string) => {
  const name = `voronka:view-ready:${viewKey}`;
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
};

/** `client.call` with a generic method: TypeScript cannot resolve the call's argument list for it. */
const readPage = <M extends PageMethod>(client: Client, method: M, query: MethodInput<M>) =>
  (client as { call(method: M, query: MethodInput<M>): Promise<MethodOutput<M>> }).call(method, query);

export type RecordView<T> = { rows: T[]; total: number; status: ViewStatus; refetch(): void };

/**
 * Loads one view of a record store, reloads it when the query changes or when `data.changed`
 * names one of its tables, and reports a failed load as a translated toast.
 */
export const useRecordView = <M extends PageMethod>({
  store,
  method,
  viewKey,
  query,
  tables,
}: RecordViewOptions<M>): RecordView<PageRow<M>> => {
  const client = useClient();
  const reportError = useReportLoadError();
  const queryKey = JSON.stringify(query);

  const refetch = useCallback(() => {
    const { startLoading, receive, fail } = store.getState();
    const requestId = startLoading(viewKey);
    readPage(client, method, JSON.parse(queryKey) as MethodInput<M>).then(
      (page) => {
        receive(viewKey, requestId, page.rows, page.total);
        markFirstReady(viewKey);
      },
      (error: unknown) => {
        fail(viewKey, requestId);
        reportError(error);
      },
    );
  }, [client, store, viewKey, queryKey, method, reportError]);

  useEffect(refetch, [refetch]);
  useTablesChanged(tables, refetch);

  const view = store((state) => state.views[viewKey]);
  const byId = store((state) => state.byId);
  const rows = useMemo(
    () => (view?.ids ?? []).map((id) => byId[id]).filter((row): row is PageRow<M> => row !== undefined),
    [view, byId],
  );
  return { rows, total: view?.total ?? 0, status: view?.status ?? 'loading', refetch };
};
