import { sameJson } from './sameJson';

/** useSavesInOrder's state, changed only by the steps below (pure, so tests can drive any order). */
export type SavesInOrderState<T> = {
  /** The latest stored value handed in: the answer to some read, not necessarily the latest one. */
  stored: T;
  /** What the control shows. */
  shown: T;
  /** Writes started and not yet settled. */
  saving: number;
  /** The value of the latest write the core accepted, until a stored value says the core has moved past it. */
  accepted: { value: T } | null;
  /** Values the core held before `accepted`: a stored value equal to one is a late answer, not news. */
  superseded: T[];
};

export const savesInOrderState = <T>(stored: T): SavesInOrderState<T> => ({
  stored,
  shown: stored,
  saving: 0,
  accepted: null,
  superseded: [],
});

const including = <T>(values: T[], value: T): T[] =>
  values.some((known) => sameJson(known, value)) ? values : [...values, value];

/**
 * Once no write is out: with no accepted write to keep there is nothing to wait for, and a stored
 * value equal to the accepted one shows the core has it; unless that value was also held before
 * (ticked, unticked, ticked again), when an answer equal to it may still be an old one.
 */
const settled = <T>(state: SavesInOrderState<T>): SavesInOrderState<T> => {
  if (state.saving > 0) return state;
  const { accepted } = state;
  const caughtUp =
    accepted === null ||
    (sameJson(state.stored, accepted.value) && !state.superseded.some((old) => sameJson(old, accepted.value)));
  return caughtUp ? { ...state, accepted: null, superseded: [] } : state;
};

/** A change: shown at once; the core's value before it is one a late answer may still carry. */
export const saveStarted = <T>(state: SavesInOrderState<T>, next: T): SavesInOrderState<T> => ({
  ...state,
  shown: next,
  saving: state.saving + 1,
  superseded: including(state.superseded, state.stored),
});

/**
 * A write settled. Accepted, its value is the core's and the one accepted before it is old;
 * refused, the control goes back to what the core holds: the last accepted value, else the stored one.
 */
export const saveSettled = <T>(state: SavesInOrderState<T>, value: T, ok: boolean): SavesInOrderState<T> =>
  settled(
    ok
      ? {
          ...state,
          saving: state.saving - 1,
          accepted: { value },
          superseded: state.accepted ? including(state.superseded, state.accepted.value) : state.superseded,
        }
      : { ...state, saving: state.saving - 1, shown: state.accepted?.value ?? state.stored },
  );

/**
 * A fresh stored value (a new reference). While a write is out it does not replace what is shown
 * (it would undo a later change for a moment, and a change made then would be built on it). After
 * the writes it shows, unless it equals a value the core held before the last accepted write: a
 * read made before that write and answered after it (a reload overtaken by the write's answer).
 */
export const storedReceived = <T>(state: SavesInOrderState<T>, stored: T): SavesInOrderState<T> => {
  if (state.saving > 0) return { ...state, stored };
  if (state.accepted !== null && state.superseded.some((old) => sameJson(old, stored))) return { ...state, stored };
  return { ...state, stored, shown: stored, accepted: null, superseded: [] };
};
