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

const team = [user('b', 'Борис'), user('z', 'Зоя', false), user('g', 'Глеб', false), user('a', 'Анна')];

describe('ownerOptions for filters', () => {
  it('lists every deactivated user after the active ones, by name, so their deals can still be found', () => {
    expect(ownerOptions(team, 'b', null, { includeInactive: true })).toEqual([
      { id: 'b', name: 'Борис', kind: 'me' },
      { id: 'a', name: 'Анна', kind: 'active' },
      { id: 'g', name: 'Глеб', kind: 'inactive' },
      { id: 'z', name: 'Зоя', kind: 'inactive' },
    ]);
  });

  it('a picker that assigns offers no deactivated user but the one already chosen', () => {
    expect(ownerOptions(team, 'b', null).map((option) => option.id)).toEqual(['b', 'a']);
    expect(ownerOptions(team, 'b', 'z').map((option) => option.id)).toEqual(['b', 'a', 'z']);
  });
});
