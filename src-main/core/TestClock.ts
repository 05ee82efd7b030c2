import type { Clock } from './Clock';

/** A clock that runs with real time from `startAt` and that a test moves forward (never back). */
export type TestClock = Clock & { advance(ms: number): void };

/**
 * The e2e host's clock (see src-main/host/testClockFromEnv.ts for when it may exist): it starts at
 * `startAt` — a restarted host passes the time the last run had reached — and keeps ticking, so
 * timers and stamps behave as on a real clock. Moving forward only keeps the HLC monotonic.
 */
export const createTestClock = (startAt: number, realNow: () => number = Date.now): TestClock => {
  let offset = startAt - realNow();
  return {
    now: () => realNow() + offset,
    advance(ms) {
      offset += ms;
    },
  };
};
