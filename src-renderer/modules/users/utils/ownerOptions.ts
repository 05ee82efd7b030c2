import type { User } from '@shared/contract/schemas/users';

export type OwnerOption = { id: string; name: string; kind: 'me' | 'active' | 'inactive' };

// One collator for every sort: `localeCompare` builds a new one per comparison (~40 ms per board paint).
const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
const byName = (a: User, b: User) => collator.compare(a.name, b.name);

/**
 * The users an owner picker offers: the current user first, then the other active users by name,
 * then deactivated users (kind `inactive`, for a group of their own). A picker that assigns lists a
 * deactivated user only while already chosen, so an old record keeps showing its owner; a filter
 * (`includeInactive`) lists them all, so their deals can still be found and handed over.
 */
export const ownerOptions = (
  users: readonly User[],
  currentId: string | null,
  selectedId: string | null,
  { includeInactive = false }: { includeInactive?: boolean } = {},
): OwnerOption[] => {
  const me = users.find((user) => user.id === currentId && user.active);
  const others = users.filter((user) => user.active && user.id !== me?.id).sort(byName);
  const inactive = users.filter((user) => !user.active && (includeInactive || user.id === selectedId)).sort(byName);
  return [
    ...(me ? [{ id: me.id, name: me.name, kind: 'me' as const }] : []),
    ...others.map((user) => ({ id: user.id, name: user.name, kind: 'active' as const })),
    ...inactive.map((user) => ({ id: user.id, name: user.name, kind: 'inactive' as const })),
  ];
};
