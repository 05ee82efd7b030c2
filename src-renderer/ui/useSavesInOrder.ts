import { useCallback, useState } from 'react';
import { createWriteQueue } from './createWriteQueue';

export type SavesInOrder<T> = {
  /** What the control shows: the latest change while its save is on the way, else the stored value. */
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
 * in the order of the changes. While one is on its way, a fresh stored value (the answer to an
 * earlier write) does not replace what is shown: it would undo a later change for a moment, and a
 * change made in that moment would be built on it. Callers build each change on `shown`. A refused
 * write puts the stored value back. `stored` is compared by identity: pass a stable reference.
 */
export const useSavesInOrder = <T>(stored: T): SavesInOrder<T> => {
  const [state, setState] = useState({ stored, shown: stored, saving: 0 });
  // (React's "adjust state when a prop changes": a fresh stored value shows once no save is out.)
  if (state.stored !== stored) setState({ ...state, stored, shown: state.saving > 0 ? state.shown : stored });
  const [inOrder] = useState(createWriteQueue);

  const save = useCallback(
    async (next: T, write: () => Promise<boolean>) => {
      setState((current) => ({ ...current, shown: next, saving: current.saving + 1 }));
      const saved = await inOrder(() => write().catch(() => false));
      setState((current) => ({
        ...current,
        shown: saved ? current.shown : current.stored,
        saving: current.saving - 1,
      }));
      return saved;
    },
    [inOrder],
  );

  return { shown: state.shown, save };
};
