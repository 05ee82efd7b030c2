import type { TableName } from '@shared/contract/tableNames';
import { useEffect, useRef } from 'react';
import { useClient } from '../ClientContext';
import { onTablesChanged } from './onTablesChanged';

/** Runs the latest `callback` whenever a mutation commits to one of `tables`. */
export const useTablesChanged = (tables: readonly TableName[], callback: () => void): void => {
  const client = useClient();
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  const key = tables.join(',');
  useEffect(() => onTablesChanged(client, key.split(',') as TableName[], () => latest.current()), [client, key]);
};
