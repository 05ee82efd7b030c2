import type { User } from '@shared/contract/schemas/users';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { useUsers } from './useUsers';

export type CurrentUser = {
  /** The active user this device acts as, or null (none chosen yet, or deactivated since). */
  user: User | null;
  /** False until both the settings and the users have loaded. */
  ready: boolean;
  users: User[] | null;
};

/** Who works on this device: settings `user.currentId`, while that user exists and is active. */
export const useCurrentUser = (): CurrentUser => {
  const users = useUsers();
  const settings = useSettingsStore((state) => state.settings);
  const currentId = settings?.['user.currentId'] ?? null;
  const user = users?.find((candidate) => candidate.id === currentId && candidate.active) ?? null;
  return { user, ready: users !== null && settings !== null, users };
};
