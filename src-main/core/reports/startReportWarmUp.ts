import type { PushEvent } from '@shared/contract/pushEvents';

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
  /** Computes and keeps the report if it is not kept (cheap when it is). */
  warm: () => void;
  /** When the host's last call came, on the `now` scale. */
  lastCallAt: () => number;
  events: Events;
  timing?: ReportWarmUpTiming;
  /** A monotonic clock in milliseconds (the tests' fake timers give their own). */
  now?: () => number;
};

/**
 * Keeps the report a manager opens first ready before it is asked for: shortly after the start,
 * after writes have settled and now and then, once the host has been quiet for a while, `warm`
 * runs. A failed warm-up is only a report left to compute when it is asked for; the next look
 * tries again. The timers never keep the process alive on their own.
 */
export const startReportWarmUp = ({
  warm,
  lastCallAt,
  events,
  timing = REPORT_WARM_UP_TIMING,
  now = () => performance.now(),
}: ReportWarmUpOptions): { stop(): void } => {
  let pending: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const lookIn = (ms: number) => {
    if (stopped) return;
    if (pending !== null) clearTimeout(pending);
    pending = setTimeout(look, Math.max(0, ms));
    pending.unref?.();
  };
  function look() {
    pending = null;
    const quietFor = now() - lastCallAt();
    if (quietFor < timing.quietMs) return lookIn(timing.quietMs - quietFor);
    try {
      warm();
    } catch {
      // Nothing is lost: the report is computed when the page asks for it, and the next look retries.
    }
  }
  lookIn(timing.startDelayMs);
  const interval = setInterval(() => {
    if (pending === null) lookIn(0);
  }, timing.intervalMs);
  interval.unref?.();
  const unsubscribe = events.subscribe((event) => {
    // Each write pushes the look back: a burst of edits is followed by one warm-up, not one each.
    if (event.type === 'data.changed') lookIn(timing.quietMs);
  });
  return {
    stop() {
      stopped = true;
      unsubscribe();
      clearInterval(interval);
      if (pending !== null) clearTimeout(pending);
      pending = null;
    },
  };
};
