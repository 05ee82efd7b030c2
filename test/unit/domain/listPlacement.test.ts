import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  byPosition,
  evenPositions,
  keyBetweenNeighbours,
  type Placed,
  planPlacement,
  POSITION_MAX_LENGTH,
} from '@shared/domain/listPlacement';

const list = (...ids: string[]): Placed[] => {
  const keys = evenPositions(ids.length);
  return ids.map((id, index) => ({ id, position: keys[index] as string }));
};

/** Applies a plan to a list and returns the ids in order. */
const apply = (items: readonly Placed[], plan: ReturnType<typeof planPlacement>): Placed[] => {
  if (!plan.ok) throw new Error(plan.reason);
  const next = new Map(items.map((item) => [item.id, item.position]));
  for (const write of plan.writes) next.set(write.id, write.position);
  return [...next].map(([id, position]) => ({ id, position })).sort(byPosition);
};
const ids = (items: readonly Placed[]) => items.map((item) => item.id);

describe('planPlacement', () => {
  it('appends to the end with no anchor, and to an empty list', () => {
    expect(ids(apply(list('a', 'b'), planPlacement(list('a', 'b'), 'x', {})))).toEqual(['a', 'b', 'x']);
    const empty = planPlacement([], 'x', {});
    expect(empty).toMatchObject({ ok: true, rebalanced: false, writes: [{ id: 'x' }] });
  });

  it('drops after or before a neighbour with one write', () => {
    const items = list('a', 'b', 'c');
    const after = planPlacement(items, 'x', { afterId: 'a' });
    expect(after.ok && after.writes).toHaveLength(1);
    expect(ids(apply(items, after))).toEqual(['a', 'x', 'b', 'c']);
    expect(ids(apply(items, planPlacement(items, 'x', { beforeId: 'a' })))).toEqual(['x', 'a', 'b', 'c']);
    expect(ids(apply(items, planPlacement(items, 'x', { beforeId: 'c' })))).toEqual(['a', 'b', 'x', 'c']);
  });

  it('moves an item already in the list', () => {
    const items = list('a', 'b', 'c');
    expect(ids(apply(items, planPlacement(items, 'c', { afterId: 'a' })))).toEqual(['a', 'c', 'b']);
    expect(ids(apply(items, planPlacement(items, 'a', {})))).toEqual(['b', 'c', 'a']);
  });

  it('lets afterId win when both neighbours are given', () => {
    const items = list('a', 'b', 'c');
    expect(ids(apply(items, planPlacement(items, 'x', { afterId: 'b', beforeId: 'a' })))).toEqual(['a', 'b', 'x', 'c']);
  });

  it('reports an unknown or self neighbour instead of guessing', () => {
    expect(planPlacement(list('a'), 'x', { afterId: 'zz' })).toEqual({
      ok: false,
      reason: 'unknown_neighbour',
      neighbourId: 'zz',
    });
    expect(planPlacement(list('a', 'x'), 'x', { beforeId: 'x' })).toEqual({
      ok: false,
      reason: 'self_neighbour',
      neighbourId: 'x',
    });
  });

  it('rebalances evenly when neighbours tie (e.g. after a sync)', () => {
    const items = [
      { id: 'a', position: 'a0' },
      { id: 'b', position: 'a0' },
    ];
    const plan = planPlacement(items, 'x', { afterId: 'a' });
    expect(plan).toMatchObject({ ok: true, rebalanced: true });
    expect(ids(apply(items, plan))).toEqual(['a', 'x', 'b']);
  });

  it('keeps keys short and the order right under any sequence of drops (model check)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 300 }), (ops) => {
        let items: Placed[] = [];
        let model: string[] = [];
        ops.forEach(([pick, after, existing], n) => {
          const moving = existing && model.length > 0 ? (model[pick % model.length] as string) : `n${n}`;
          const rest = model.filter((id) => id !== moving);
          const neighbour = rest.length > 0 ? rest[pick % rest.length] : undefined;
          const anchor = neighbour === undefined ? {} : after ? { afterId: neighbour } : { beforeId: neighbour };
          items = apply(items, planPlacement(items, moving, anchor));
          const index = neighbour === undefined ? rest.length : rest.indexOf(neighbour) + (after ? 1 : 0);
          model = [...rest.slice(0, index), moving, ...rest.slice(index)];
        });
        expect(ids(items)).toEqual(model);
        expect(items.every((item) => item.position.length <= POSITION_MAX_LENGTH)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('rebalances a gap hammered by repeated drops', () => {
    let items = list('first', 'last');
    let rebalances = 0;
    for (let i = 0; i < 400; i += 1) {
      const plan = planPlacement(items, `d${i}`, { afterId: 'first' });
      if (plan.ok && plan.rebalanced) rebalances += 1;
      items = apply(items, plan);
    }
    expect(rebalances).toBeGreaterThan(0);
    expect(ids(items).at(0)).toBe('first');
    expect(ids(items).at(-1)).toBe('last');
    expect(ids(items)[1]).toBe('d399');
  });
});

describe('keyBetweenNeighbours', () => {
  it('gives a key strictly between, or null when no room is left', () => {
    const key = keyBetweenNeighbours('a0', 'a1');
    expect(key !== null && key > 'a0' && key < 'a1').toBe(true);
    expect(keyBetweenNeighbours('a1', 'a1')).toBeNull();
    expect(keyBetweenNeighbours('a2', 'a1')).toBeNull();
    const long = `a0${'V'.repeat(POSITION_MAX_LENGTH)}`;
    expect(keyBetweenNeighbours(long, `${long}V`)).toBeNull();
    // Appending after a long key gives a short one again: no rebalance needed at the end.
    expect(keyBetweenNeighbours(long, null)).toBe('a1');
  });
});
