import type { User, UserCreateInput, UserRole } from '@shared/contract/schemas/users';

export type UserFormValues = {
  name: string;
  email: string;
  role: UserRole;
  managerId: string | null;
  teamId: string | null;
};

export const emptyUserForm = (role: UserRole): UserFormValues => ({
  name: '',
  email: '',
  role,
  managerId: null,
  teamId: null,
});

export const userToFormValues = (user: User): UserFormValues => ({
  name: user.name,
  email: user.email ?? '',
  role: user.role,
  managerId: user.managerId,
  teamId: user.teamId,
});

export const userFormInput = (values: UserFormValues) => ({ ...values }) satisfies UserCreateInput;
