import { describe, expect, it } from 'vitest';
import { createWriteQueue } from '../../../src-renderer/ui/createWriteQueue';

/** A write the test answers (or refuses) by hand, recording when it started. */
const pending = (log: string[], name: string) => {
  let answer: (value: string) => void = () => {};
  let refuse: (error: Error) => void = () => {};
  const write = () => {
    log.push(`start ${name}`);
    return new Promise<string>((resolve, reject) => {
      answer = resolve;
      refuse = reject;
    });
  };
  return { write, answer: (value: string) => answer(value), refuse: (error: Error) => refuse(error) };
};

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createWriteQueue', () => {
  it('starts a write at once, in the caller’s tick, when none is on its way', () => {
    const inOrder = createWriteQueue();
    const log: string[] = [];
    void inOrder(pending(log, 'a').write);
    expect(log).toEqual(['start a']);
  });

  it('starts each write once the one before it has been answered, and answers each its own', async () => {
    const inOrder = createWriteQueue();
    const log: string[] = [];
    const [a, b, c] = [pending(log, 'a'), pending(log, 'b'), pending(log, 'c')];
    const answers = [inOrder(a.write), inOrder(b.write), inOrder(c.write)];
    await tick();
    expect(log).toEqual(['start a']);
    a.answer('A');
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    b.answer('B');
    await tick();
    c.answer('C');
    expect(await Promise.all(answers)).toEqual(['A', 'B', 'C']);
  });

  it('goes on after a refused write, which is refused to its own caller only', async () => {
    const inOrder = createWriteQueue();
    const log: string[] = [];
    const [a, b] = [pending(log, 'a'), pending(log, 'b')];
    const first = inOrder(a.write);
    const second = inOrder(b.write);
    a.refuse(new Error('refused'));
    await expect(first).rejects.toThrow('refused');
    await tick();
    b.answer('B');
    expect(await second).toBe('B');
    expect(log).toEqual(['start a', 'start b']);
  });

  it('starts at once again when the earlier writes have all settled', async () => {
    const inOrder = createWriteQueue();
    const log: string[] = [];
    const a = pending(log, 'a');
    const first = inOrder(a.write);
    a.answer('A');
    await first;
    await tick();
    void inOrder(pending(log, 'b').write);
    expect(log).toEqual(['start a', 'start b']);
  });
});
