import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc, parseHlc, receiveHlc, tickHlc } from '../../../src-shared/domain/hlc';

const node = 'aaaaaaaaaaaaaaaa';

describe('hybrid logical clock', () => {
  it('formats to a string that parses back', () => {
    const hlc = { millis: Date.UTC(2026, 10, 26, 12, 0, 0, 5), counter: 42, node };
    expect(formatHlc(hlc)).toBe('2026-11-26T12:00:00.005Z-002a-aaaaaaaaaaaaaaaa');
    expect(parseHlc(formatHlc(hlc))).toEqual(hlc);
  });

  it('rejects malformed stamps', () => {
    expect(() => parseHlc('yesterday')).toThrow(/Malformed/);
  });

  it('string order follows tick order, whatever the wall clock does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4_000_000_000_000 }), { minLength: 2, maxLength: 50 }),
        (walls) => {
          let last = { millis: 0, counter: 0, node };
          const stamps: string[] = [];
          for (const wall of walls) {
            last = tickHlc(last, wall);
            stamps.push(formatHlc(last));
          }
          expect([...stamps].sort()).toEqual(stamps);
          expect(new Set(stamps).size).toBe(stamps.length);
        },
      ),
    );
  });

  it('moves a millisecond ahead instead of overflowing the counter', () => {
    const next = tickHlc({ millis: 1000, counter: 0xffff, node }, 1000);
    expect(next).toEqual({ millis: 1001, counter: 0, node });
  });

  it('orders a local event after a received remote one', () => {
    const local = { millis: 1000, counter: 3, node };
    const remote = { millis: 5000, counter: 7, node: 'bbbbbbbbbbbbbbbb' };
    const merged = receiveHlc(local, remote, 2000);
    expect(formatHlc(merged) > formatHlc(remote)).toBe(true);
    expect(merged.node).toBe(node);
  });
});
