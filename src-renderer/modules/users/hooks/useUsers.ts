import type { Client } from '@shared/contract/createClient';
import type { User } from '@shared/contract/schemas/users';
import { useCallback, useEffect } from 'react';
import { useClient } from '../../../platform/ClientContext';
import { primedCalls } from '../../../platform/data/primedCalls';
import { useTablesChanged } from '../../../platform/data/useTablesChanged';
import { useReportLoadError } from '../../../ui/toasts/useReportLoadError';
import { useUsersStore } from '../stores/usersStore';
import { USERS_INPUT } from '../utils/usersInput';

/** One request at a time for the whole app, however many pickers mount together. */
let inFlight: Promise<User[]> | null = null;

const loadUsers = (client: Client): Promise<User[]> => {
  inFlight ??= (primedCalls.take('users.list', USERS_INPUT) ?? client.call('users.list', USERS_INPUT)).finally(() => {
    inFlight = null;
  });
  return inFlight;
};

/** Every user (deactivated too), loaded once and refreshed when the users table changes. */
export const useUsers = (): User[] | null => {
  const client = useClient();
  // A read: with the core out of reach the banner says so, not a "changes not saved" toast.
  const reportError = useReportLoadError();
  const users = useUsersStore((state) => state.users);
  const setUsers = useUsersStore((state) => state.setUsers);

  const reload = useCallback(() => {
    loadUsers(client).then(setUsers, reportError);
  }, [client, setUsers, reportError]);
  const loaded = users !== null;
  useEffect(() => {
    if (!loaded) reload();
  }, [loaded, reload]);
  useTablesChanged(['users'], reload);
  return users;
};
