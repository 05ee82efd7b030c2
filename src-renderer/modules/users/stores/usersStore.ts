import type { User } from '@shared/contract/schemas/users';
import { create } from 'zustand';

type UsersState = {
  /** Every user, deactivated ones too (records keep their owners); null until first loaded. */
  users: User[] | null;
  setUsers(users: User[]): void;
};

/** The team is small (tens of people): one list serves owner pickers, names and the team screen. */
export const useUsersStore = create<UsersState>()((set) => ({
  users: null,
  setUsers: (users) => set({ users }),
}));
