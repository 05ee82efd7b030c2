import type { User } from '@shared/contract/schemas/users';
import { describe, expect, it } from 'vitest';
import { ownerOptions } from '../../../src-renderer/modules/users/utils/ownerOptions';

const user = (id: string, name: string, active = true): User => ({
  id,
  name,
  email: null,
  role: 'rep',
  managerId: null, teamId: null,
  active,
  createdAt: 1,
  updatedAt: 1,
});

const team = [user('b', 'Борис Орлов'), user('v', 'Вера Ким'), user('a', 'Анна Смирнова'), user('g', 'Глеб', false)];

describe('ownerOptions', () => {
  it('puts the current user first, then the other active users by name', () => {
    expect(ownerOptions(team, 'v', null)).toEqual([
      { id: 'v', name: 'Вера Ким', kind: 'me' },
      { id: 'a', name: 'Анна Смирнова', kind: 'active' },
      { id: 'b', name: 'Борис Орлов', kind: 'active' },
    ]);
  });

  it('keeps a deactivated owner only while chosen, and has no "me" without a current user', () => {
    expect(ownerOptions(team, null, 'g').map((option) => [option.id, option.kind])).toEqual([
      ['a', 'active'],
      ['b', 'active'],
      ['v', 'active'],
      ['g', 'inactive'],
    ]);
    // A deactivated current user is not offered as "me" either.
    expect(ownerOptions(team, 'g', null).some((option) => option.kind === 'me')).toBe(false);
  });
});
