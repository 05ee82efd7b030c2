import type { User } from '@shared/contract/schemas/users';

export type OwnerOption = { id: string; name: string; kind: 'me' | 'active' | 'inactive' };

// One collator for every sort: `localeCompare` builds a new one per comparison (~40 ms per board paint).
const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
const byName = (a: User, b: User) => collator.compare(a.name, b.name);

/**
 * The users an owner picker offers: the current user first, then the other active users by name.
 * A deactivated user appears only when already chosen, so an old record keeps showing its owner.
 */
export const ownerOptions = (
  users: readonly User[],
  currentId: string | null,
  selectedId: string | null,
): OwnerOption[] => {
  const me = users.find((user) => user.id === currentId && user.active);
  const others = users.filter((user) => user.active && user.id !== me?.id).sort(byName);
  const selectedInactive = users.find((user) => user.id === selectedId && !user.active);
  return [
    ...(me ? [{ id: me.id, name: me.name, kind: 'me' as const }] : []),
    ...others.map((user) => ({ id: user.id, name: user.name, kind: 'active' as const })),
    ...(selectedInactive ? [{ id: selectedInactive.id, name: selectedInactive.name, kind: 'inactive' as const }] : []),
  ];
};
