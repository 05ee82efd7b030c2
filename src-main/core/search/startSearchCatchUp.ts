import { createTurnTimer } from '../createTurnTimer';

/** What one step did: more left, nothing left, or it could not write now (a long write's transaction is open). */
export type CatchUpStepResult = 'more' | 'done' | 'busy';

export type SearchCatchUp = {
  /** Starts stepping if it is not (after a long write that left a backlog; at the start). */
  kick(): void;
  stop(): void;
  /** Resolves once the backlog is empty or the catch-up stopped (tests, the bench, the CLI). */
  idle(): Promise<void>;
};

/** A busy or failed step is tried again this much later. */
const RETRY_MS = 500;

/**
 * Runs `step` (one short write transaction of `catchUpSearchStep`) until it reports the backlog
 * done. Steps are separate turns of the event loop, so calls made meanwhile are answered between
 * them; a step refused for a busy moment (an import's transaction open, the file locked by the
 * other process) or failing is tried again shortly. The timers never keep the process alive.
 */
export const startSearchCatchUp = (step: () => CatchUpStepResult): SearchCatchUp => {
  let running = false;
  let stopped = false;
  const turn = createTurnTimer(run);
  let waiters: (() => void)[] = [];
  const settle = () => {
    running = false;
    const waiting = waiters;
    waiters = [];
    for (const resolve of waiting) resolve();
  };
  function run() {
    if (stopped) return settle();
    let result: CatchUpStepResult;
    try {
      result = step();
    } catch {
      result = 'busy';
    }
    if (result === 'done') return settle();
    turn.runIn(result === 'more' ? 0 : RETRY_MS);
  }
  return {
    kick() {
      if (running || stopped) return;
      running = true;
      turn.runIn(0);
    },
    stop() {
      stopped = true;
      turn.cancel();
      settle();
    },
    idle: () => (running ? new Promise<void>((resolve) => waiters.push(resolve)) : Promise.resolve()),
  };
};
