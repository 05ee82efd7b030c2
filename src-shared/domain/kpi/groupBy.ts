/**
 * Items grouped by key, in first-seen order of the keys and input order within a group. Appends
 * in place: copying a group on every item made the grouping quadratic in the group's size.
 */
export const groupBy = <T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> => {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
};
