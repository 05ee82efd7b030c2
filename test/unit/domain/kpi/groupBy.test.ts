import { describe, expect, it } from 'vitest';
import { groupBy } from '@shared/domain/kpi/groupBy';

describe('groupBy', () => {
  it('keeps the keys in first-seen order and the items in input order, null keys included', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'x', 'a2'], (item) => (item === 'x' ? null : item[0]));
    expect([...groups.entries()]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
      [null, ['x']],
    ]);
  });

  it('groups a hundred thousand items into one group in linear time', () => {
    const items = Array.from({ length: 100_000 }, (_, index) => index);
    const groups = groupBy(items, () => 'one');
    expect(groups.get('one')).toHaveLength(100_000);
    expect(groups.get('one')?.[99_999]).toBe(99_999);
  });
});
