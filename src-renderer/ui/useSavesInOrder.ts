import { useCallback, useState } from 'react';
import { createWriteQueue } from './createWriteQueue';
import { saveSettled, saveStarted, savesInOrderState, storedReceived } from './savesInOrderState';

export type SavesInOrder<T> = {
  /** What the control shows: the latest change, until a stored value brings news. */
  shown: T;
  /**
   * Shows `next` at once and runs `write` after the writes of the earlier changes have settled.
   * `write` resolves false when the save was refused (having said why); a throw counts the same.
   * Resolves as `write` did, once it has.
   */
  save(next: T, write: () => Promise<boolean>): Promise<boolean>;
};

/**
 * A value the user changes in quick steps, each saved at once and whole (ticked boxes, an order,
 * a settings object). Two requests in flight may reach the core in either order, and the earlier
 * change's value arriving last would undo the later change; so the writes go one after another,
 * in the order of the changes. Callers build each change on `shown`, so a stored value must not
 * replace it when it is older than the changes: while a write is out none does, and after the
 * writes none equal to a value the core held before them does (a reload sent before a write and
 * answered after it; see savesInOrderState). A refused write puts the core's value back.
 * `stored` is compared by identity: pass a stable reference.
 */
export const useSavesInOrder = <T>(stored: T): SavesInOrder<T> => {
  const [state, setState] = useState(() => savesInOrderState(stored));
  // (React's "adjust state when a prop changes".)
  if (state.stored !== stored) setState(storedReceived(state, stored));
  const [inOrder] = useState(createWriteQueue);

  const save = useCallback(
    async (next: T, write: () => Promise<boolean>) => {
      setState((current) => saveStarted(current, next));
      const saved = await inOrder(() => write().catch(() => false));
      setState((current) => saveSettled(current, next, saved));
      return saved;
    },
    [inOrder],
  );

  return { shown: state.shown, save };
};
