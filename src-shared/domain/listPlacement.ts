import { comparePositions, positionBetween, positionsBetween } from './positions';

/**
 * Longest position key we accept before rewriting the whole list. Dropping a card again and again
 * into the same gap lengthens the key by about one character per six drops; past this length the
 * list's keys are rewritten evenly (short again) in the same transaction as the move.
 */
export const POSITION_MAX_LENGTH = 32;

export type Placed = { id: string; position: string };

/**
 * Where to drop an item: `afterId` = the item that will be directly above/left of it, `beforeId` =
 * the one directly below/right of it. Neither: the end of the list. Both: `afterId` wins (the
 * other neighbour is read from the list, so a stale `beforeId` cannot produce a wrong order).
 */
export type Anchor = { afterId?: string | undefined; beforeId?: string | undefined };

export type PlacementPlan =
  | { ok: true; position: string; writes: Placed[]; rebalanced: boolean }
  | { ok: false; reason: 'unknown_neighbour' | 'self_neighbour'; neighbourId: string };

export const byPosition = (a: Placed, b: Placed): number =>
  comparePositions(a.position, b.position) || comparePositions(a.id, b.id);

/** A key strictly between two neighbours, or null when there is no room left (tie or too long). */
export const keyBetweenNeighbours = (lower: string | null, upper: string | null): string | null => {
  if (lower !== null && upper !== null && lower >= upper) return null;
  const key = positionBetween(lower, upper);
  return key.length > POSITION_MAX_LENGTH ? null : key;
};

/** Short, evenly spaced keys for a whole list (`a0`, `a1`, …). */
export const evenPositions = (count: number): string[] => positionsBetween(null, null, count);

const insertionIndex = (others: readonly Placed[], movingId: string, anchor: Anchor): number | PlacementPlan => {
  const neighbourId = anchor.afterId ?? anchor.beforeId;
  if (neighbourId === undefined) return others.length;
  if (neighbourId === movingId) return { ok: false, reason: 'self_neighbour', neighbourId };
  const index = others.findIndex((item) => item.id === neighbourId);
  if (index < 0) return { ok: false, reason: 'unknown_neighbour', neighbourId };
  return anchor.afterId !== undefined ? index + 1 : index;
};

/**
 * Plans the writes that put `movingId` at the anchor in `items` (which may or may not contain it
 * already: a card coming from another column is not in the target list). Normally one write: the
 * moved item's new key. When no short key fits, every item is rewritten evenly.
 */
export const planPlacement = (items: readonly Placed[], movingId: string, anchor: Anchor): PlacementPlan => {
  const others = items.filter((item) => item.id !== movingId).sort(byPosition);
  const index = insertionIndex(others, movingId, anchor);
  if (typeof index !== 'number') return index;
  const key = keyBetweenNeighbours(others[index - 1]?.position ?? null, others[index]?.position ?? null);
  if (key !== null) return { ok: true, position: key, writes: [{ id: movingId, position: key }], rebalanced: false };

  const ordered = [
    ...others.slice(0, index).map((item) => item.id),
    movingId,
    ...others.slice(index).map((item) => item.id),
  ];
  const keys = evenPositions(ordered.length);
  const current = new Map(items.map((item) => [item.id, item.position]));
  const writes = ordered
    .map((id, i) => ({ id, position: keys[i] as string }))
    .filter((write) => write.id === movingId || current.get(write.id) !== write.position);
  return { ok: true, position: keys[index] as string, writes, rebalanced: true };
};
