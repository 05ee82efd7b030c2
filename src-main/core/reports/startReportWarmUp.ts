import type { PushEvent } from '@shared/contract/pushEvents';
import { createTurnTimer } from '../createTurnTimer';

/** When the warm-up looks, and how long the host must have been left alone before it runs. */
export type ReportWarmUpTiming = {
  /** The first look after the start (a week that ended while the app was closed). */
  startDelayMs: number;
  /**
   * No call from the window for this long, and none since the last write: the computation takes
   * the core's thread for up to a second on a large file, so it runs only while nobody waits.
   */
  quietMs: number;
  /** A look now and then: a week ends while the app stays open, or a kept report was pruned. */
  intervalMs: number;
};

export const REPORT_WARM_UP_TIMING: ReportWarmUpTiming = {
  startDelayMs: 15_000,
  quietMs: 15_000,
  intervalMs: 10 * 60_000,
};

type Events = { subscribe(listener: (event: PushEvent) => void): () => void };

export type ReportWarmUpOptions = {
  /**
   * Each computes and keeps a report if it is not kept (cheap when it is). One runs per turn, and
   * the next only if the host is still quiet: a call waits for one step at most.
   */
  steps: readonly (() => void)[];
  /** When the host's last call came, on the `now` scale. */
  lastCallAt: () => number;
  events: Events;
  timing?: ReportWarmUpTiming;
  /** A monotonic clock in milliseconds (the tests' fake timers give their own). */
  now?: () => number;
};

/**
 * Keeps the reports a manager opens first ready before they are asked for: shortly after the
 * start, after writes have settled and now and then, once the host has been quiet for a while,
 * the steps run. A failed step is only a report left to compute when it is asked for; the next
 * look tries again. The timers never keep the process alive on their own.
 */
export const startReportWarmUp = ({
  steps,
  lastCallAt,
  events,
  timing = REPORT_WARM_UP_TIMING,
  now = () => performance.now(),
}: ReportWarmUpOptions): { stop(): void } => {
  let stopped = false;
  /** The step the current look is at. */
  let next = 0;
  const turn = createTurnTimer(look);
  const lookIn = (ms: number) => {
    if (!stopped) turn.runIn(ms);
  };
  function look() {
    const quietFor = now() - lastCallAt();
    if (quietFor < timing.quietMs) return lookIn(timing.quietMs - quietFor);
    const step = steps[next];
    next = (next + 1) % Math.max(1, steps.length);
    try {
      step?.();
    } catch {
      // Nothing is lost: the report is computed when the page asks for it, and the next look retries.
    }
    // The next step in a turn of its own, so a call that came meanwhile is answered first.
    if (next !== 0) lookIn(0);
  }
  lookIn(timing.startDelayMs);
  const interval = setInterval(() => {
    if (!turn.pending()) lookIn(0);
  }, timing.intervalMs);
  interval.unref?.();
  const unsubscribe = events.subscribe((event) => {
    // Each write pushes the look back: a burst of edits is followed by one warm-up, not one each,
    // and it starts over (a step done before the write may have been undone by it).
    if (event.type !== 'data.changed') return;
    next = 0;
    lookIn(timing.quietMs);
  });
  return {
    stop() {
      stopped = true;
      unsubscribe();
      clearInterval(interval);
      turn.cancel();
    },
  };
};
