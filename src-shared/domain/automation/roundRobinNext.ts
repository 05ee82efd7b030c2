/**
 * The next user in a round-robin pool after the one who got the rule's last assignment: the pool is
 * sorted by id so every device walks the same order; an unknown or missing last one starts over.
 */
export const roundRobinNext = (pool: readonly string[], last: string | null): string | null => {
  if (pool.length === 0) return null;
  const sorted = [...pool].sort();
  const at = last === null ? -1 : sorted.indexOf(last);
  return sorted[(at + 1) % sorted.length] ?? null;
};
