import type { Random } from './createRandom';

/** Picks items in proportion to their weights; the cumulative table is built once. */
export const createWeightedPicker = <T>(entries: readonly (readonly [T, number])[]): ((random: Random) => T) => {
  const items = entries.map(([item]) => item);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) {
    total += weight;
    cumulative.push(total);
  }
  if (items.length === 0 || total <= 0) throw new Error('a weighted pick needs a positive weight');
  return (random) => {
    const target = random.float() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return items[low] as T;
  };
};
