import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldRowMessages, type RowMessage } from '@shared/domain/sync/foldRowMessages';
import { mergeUnitOf } from '@shared/domain/sync/mergeUnitOf';

const stamp = (ms: number, counter: number, node: string) =>
  `${new Date(ms).toISOString()}-${counter.toString(16).padStart(4, '0')}-${node}`;

describe('foldRowMessages', () => {
  it('takes each cell from the newest message carrying it, whatever the order given', () => {
    const messages: RowMessage[] = [
      { stamp: stamp(1000, 0, 'a'), at: 1000, cells: { title: 'one', notes: 'n1' } },
      { stamp: stamp(3000, 0, 'b'), at: 3000, cells: { title: 'three' } },
      { stamp: stamp(2000, 5, 'a'), at: 2500, cells: { title: 'two', notes: 'n2' } },
    ];
    const folded = foldRowMessages(messages);
    expect(folded.cells).toEqual({ title: 'three', notes: 'n2' });
    expect(folded.stamps.notes).toBe(stamp(2000, 5, 'a'));
    expect(folded.lastAt).toBe(3000);
    expect(foldRowMessages([...messages].reverse())).toEqual(folded);
  });

  it('breaks a tie of millisecond and counter by device id, the same on every device', () => {
    const a = { stamp: stamp(1000, 1, 'aaaa'), at: 1000, cells: { title: 'A' } };
    const b = { stamp: stamp(1000, 1, 'bbbb'), at: 1000, cells: { title: 'B' } };
    expect(foldRowMessages([a, b]).cells.title).toBe('B');
    expect(foldRowMessages([b, a]).cells.title).toBe('B');
  });

  it('is independent of order and repetition (property)', () => {
    const message = fc.record({
      ms: fc.integer({ min: 0, max: 50 }),
      counter: fc.integer({ min: 0, max: 3 }),
      node: fc.constantFrom('a', 'b', 'c'),
      cells: fc.dictionary(fc.constantFrom('x', 'y', 'z'), fc.oneof(fc.integer(), fc.constant(null)), { minKeys: 1 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(message, { selector: (m) => `${m.ms}-${m.counter}-${m.node}` }),
        fc.integer(),
        (list, seed) => {
          const messages = list.map((m) => ({ stamp: stamp(m.ms, m.counter, m.node), at: m.ms, cells: m.cells }));
          const shuffled = [...messages, ...messages.slice(0, 2)].sort(
            () => ((seed = (seed * 16807) % 2147483647) % 3) - 1,
          );
          expect(foldRowMessages(shuffled)).toEqual(foldRowMessages(messages));
        },
      ),
    );
  });
});

describe('mergeUnitOf', () => {
  it('ties a deal status to its won/lost time and reason, its stage to the entry time, value to currency', () => {
    expect(mergeUnitOf('deals', 'won_at')).toEqual(['status', 'won_at', 'lost_at', 'loss_reason_id', 'loss_note']);
    expect(mergeUnitOf('deals', 'stage_id')).toContain('stage_entered_at');
    expect(mergeUnitOf('deals', 'currency')).toEqual(['value_minor', 'currency']);
    expect(mergeUnitOf('deals', 'title')).toBeNull();
    expect(mergeUnitOf('companies', 'status')).toBeNull();
  });
});
