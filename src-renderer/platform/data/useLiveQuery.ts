import type { Client } from '@shared/contract/createClient';
import type { MethodInput, MethodName, MethodOutput } from '@shared/contract/contract';
import type { TableName } from '@shared/contract/tableNames';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from '../ClientContext';
import { useTablesChanged } from './useTablesChanged';
import { useReportError } from '../../ui/toasts/useReportError';

type Call = <M extends MethodName>(client: Client, method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

// The client's rest-parameter signature cannot be spread with a generic method name; one cast here.
const call: Call = (client, method, input) =>
  (client.call as (method: MethodName, input: unknown) => Promise<never>)(method, input);

export type LiveQuery<T> = { data: T | null; failed: boolean; refetch(): void };

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
  const reportError = useReportError();
  const [state, setState] = useState<{ key: string; data: MethodOutput<M> | null; failed: boolean }>({
    key: '',
    data: null,
    failed: false,
  });
  const latest = useRef(0);
  const key = input === null ? '' : `${method}:${JSON.stringify(input)}`;

  const refetch = useCallback(() => {
    if (key === '') return;
    const request = ++latest.current;
    const parsed = JSON.parse(key.slice(method.length + 1)) as MethodInput<M>;
    call(client, method, parsed).then(
      (data) => {
        if (request === latest.current) setState({ key, data, failed: false });
      },
      (error: unknown) => {
        if (request !== latest.current) return;
        setState((current) => ({ ...current, key, failed: true }));
        reportError(error);
      },
    );
  }, [client, method, key, reportError]);

  useEffect(refetch, [refetch]);
  useTablesChanged(tables, refetch);
  // Data of another input is not shown as this input's (a drawer switching deals shows "loading").
  const data = state.key === key ? state.data : null;
  return { data, failed: state.key === key && state.failed, refetch };
};
