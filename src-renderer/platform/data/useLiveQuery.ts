import type { Client } from '@shared/contract/createClient';
import type { MethodInput, MethodName, MethodOutput } from '@shared/contract/contract';
import type { TableName } from '@shared/contract/tableNames';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from '../ClientContext';
import { isConnectionLost } from '../connection/isConnectionLost';
import { primedCalls } from './primedCalls';
import { useTablesChanged } from './useTablesChanged';
import { useReportLoadError } from '../../ui/toasts/useReportLoadError';

type Call = <M extends MethodName>(client: Client, method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

// The client's rest-parameter signature cannot be spread with a generic method name; one cast here.
const call: Call = (client, method, input) =>
  (client.call as (method: MethodName, input: unknown) => Promise<never>)(method, input);

export type LiveQuery<T> = {
  data: T | null;
  failed: boolean;
  /** The last load failed because the core could not be reached (not because the record is gone). */
  unreachable: boolean;
  refetch(): void;
};

/**
 * One query kept fresh: loads when its input changes and again when a mutation commits to one of
 * `tables`. `input` null means "not yet" (e.g. no id chosen). Answers to superseded inputs are
 * dropped; a failure is shown as a translated toast.
 */
export const useLiveQuery = <M extends MethodName>(
  method: M,
  input: MethodInput<M> | null,
  tables: readonly TableName[],
): LiveQuery<MethodOutput<M>> => {
  const client = useClient();
  const reportError = useReportLoadError();
  const [state, setState] = useState<{
    key: string;
    data: MethodOutput<M> | null;
    failed: boolean;
    unreachable: boolean;
  }>({ key: '', data: null, failed: false, unreachable: false });
  const latest = useRef(0);
  const key = input === null ? '' : `${method}:${JSON.stringify(input)}`;

  const refetch = useCallback(() => {
    if (key === '') return;
    const request = ++latest.current;
    const parsed = JSON.parse(key.slice(method.length + 1)) as MethodInput<M>;
    (primedCalls.take(method, parsed) ?? call(client, method, parsed)).then(
      (data) => {
        if (request === latest.current) setState({ key, data, failed: false, unreachable: false });
      },
      (error: unknown) => {
        if (request !== latest.current) return;
        // The data already on screen for this input stays; another input's is not shown as this one's.
        setState((current) => ({
          key,
          data: current.key === key ? current.data : null,
          failed: true,
          unreachable: isConnectionLost(error),
        }));
        reportError(error);
      },
    );
  }, [client, method, key, reportError]);

  useEffect(refetch, [refetch]);
  useTablesChanged(tables, refetch);
  // Data of another input is not shown as this input's (a drawer switching deals shows "loading").
  const data = state.key === key ? state.data : null;
  const current = state.key === key;
  return { data, failed: current && state.failed, unreachable: current && state.unreachable, refetch };
};
