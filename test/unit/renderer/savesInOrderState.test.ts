import { describe, expect, it } from 'vitest';
import { createWriteQueue } from '../../../src-renderer/ui/createWriteQueue';
import {
  saveSettled,
  saveStarted,
  type SavesInOrderState,
  savesInOrderState,
  storedReceived,
} from '../../../src-renderer/ui/savesInOrderState';

/**
 * useSavesInOrder without React: the same steps, with writes the test answers by hand and stored
 * values (read answers) handed in whenever the test says they arrive.
 */
const ticks = (initial: string[]) => {
  let state: SavesInOrderState<string[]> = savesInOrderState(initial);
  const inOrder = createWriteQueue();
  const answers: ((ok: boolean) => void)[] = [];
  const tick = (id: string) => {
    const next = state.shown.includes(id) ? state.shown.filter((x) => x !== id) : [...state.shown, id];
    state = saveStarted(state, next);
    void inOrder(() => new Promise<boolean>((resolve) => answers.push(resolve))).then((ok) => {
      state = saveSettled(state, next, ok);
    });
  };
  return {
    tick,
    /** The core answers the oldest write waiting (each starts once the one before it has settled). */
    answer: async (ok = true) => {
      answers.shift()!(ok);
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    /** A read's answer arrives (a new reference, as every answer is). */
    arrives: (stored: string[]) => {
      state = storedReceived(state, [...stored]);
    },
    shown: () => state.shown,
  };
};

describe('useSavesInOrder’s state', () => {
  it('keeps the later ticks when a read made between two saves is answered after both (the lost tick)', async () => {
    const box = ticks([]);
    box.tick('a');
    await box.answer();
    box.tick('b');
    await box.answer();
    box.arrives(['a']);
    expect(box.shown()).toEqual(['a', 'b']);
    box.tick('c');
    expect(box.shown()).toEqual(['a', 'b', 'c']);
  });

  it('keeps them when a read made before the first tick is answered after the saves', async () => {
    const box = ticks([]);
    box.tick('a');
    box.tick('b');
    await box.answer();
    await box.answer();
    box.arrives([]);
    expect(box.shown()).toEqual(['a', 'b']);
  });

  it('shows nothing stored while a write is out, and the latest change once they are done', async () => {
    const box = ticks([]);
    box.tick('a');
    box.tick('b');
    box.arrives(['a']);
    expect(box.shown()).toEqual(['a', 'b']);
    await box.answer();
    box.arrives(['a']);
    expect(box.shown()).toEqual(['a', 'b']);
    await box.answer();
    expect(box.shown()).toEqual(['a', 'b']);
  });

  it('takes the stored value again once it has the last save: a value held before is then news', async () => {
    const box = ticks([]);
    box.tick('a');
    await box.answer();
    box.arrives(['a']);
    box.arrives([]);
    expect(box.shown()).toEqual([]);
  });

  it('counts a save as caught up when its answer came while it was out', async () => {
    const box = ticks([]);
    box.tick('a');
    box.arrives(['a']);
    await box.answer();
    box.arrives([]);
    expect(box.shown()).toEqual([]);
  });

  it('shows a value the core never held meanwhile (another window’s change) at once', async () => {
    const box = ticks([]);
    box.tick('a');
    await box.answer();
    box.arrives(['x']);
    expect(box.shown()).toEqual(['x']);
  });

  it('back to a value the core held before (b ticked, then unticked): an answer equal to it may be an old one', async () => {
    const box = ticks([]);
    box.tick('a');
    box.tick('b');
    box.tick('b');
    for (let i = 0; i < 3; i += 1) await box.answer();
    box.arrives(['a']);
    box.arrives(['a', 'b']);
    expect(box.shown()).toEqual(['a']);
    box.arrives(['x']);
    box.arrives(['a', 'b']);
    expect(box.shown()).toEqual(['a', 'b']);
  });

  it('puts back the last accepted value on a refusal, not an older stored one', async () => {
    const box = ticks([]);
    box.tick('a');
    await box.answer();
    box.tick('b');
    box.arrives([]);
    await box.answer(false);
    expect(box.shown()).toEqual(['a']);
  });

  it('puts back the stored value on a refusal when no save was accepted', async () => {
    const box = ticks(['a']);
    box.tick('b');
    await box.answer(false);
    expect(box.shown()).toEqual(['a']);
    box.arrives(['a']);
    box.arrives([]);
    expect(box.shown()).toEqual([]);
  });
});
