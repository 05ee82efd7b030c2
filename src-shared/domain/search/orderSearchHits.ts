import { foldText } from '../foldText';

/** 0: exact identifier; 1: the name starts with the query; 2: a word of the name does; 3: the rest. */
const tierOf = (name: string, folded: string, exact: boolean): number => {
  if (exact) return 0;
  const key = foldText(name);
  if (key.startsWith(folded)) return 1;
  return key.includes(` ${folded}`) ? 2 : 3;
};

/**
 * The order of one kind's hits: an exact INN/OGRN/phone match first, then names that begin with
 * what was typed, then names with a word that does, each tier in the index's relevance order
 * (`hits` arrive in it). Stable, pure, the same for every kind.
 */
export const orderSearchHits = <H extends { title: string; exact: boolean }>(hits: readonly H[], folded: string): H[] =>
  hits
    .map((hit, index) => ({ hit, index, tier: tierOf(hit.title, folded, hit.exact) }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map(({ hit }) => hit);
