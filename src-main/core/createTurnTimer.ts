/** One pending run of a callback: in so many milliseconds, or in the loop's next turn. */
export type TurnTimer = {
  /** Replaces the pending run: at 0 or less, right after the calls that arrived meanwhile (an immediate). */
  runIn(ms: number): void;
  cancel(): void;
  pending(): boolean;
};

/**
 * The background work's timer (the search catch-up's steps, the report warm-up's looks): an
 * immediate lets calls that came during a step be answered before the next one, and a delayed run
 * never keeps the process alive on its own.
 */
export const createTurnTimer = (run: () => void): TurnTimer => {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let immediate: ReturnType<typeof setImmediate> | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    if (immediate !== null) clearImmediate(immediate);
    timer = null;
    immediate = null;
  };
  const fire = () => {
    timer = null;
    immediate = null;
    run();
  };
  return {
    runIn(ms) {
      cancel();
      if (ms <= 0) {
        immediate = setImmediate(fire);
        return;
      }
      timer = setTimeout(fire, ms);
      timer.unref?.();
    },
    cancel,
    pending: () => timer !== null || immediate !== null,
  };
};
