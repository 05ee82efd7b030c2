/** The one variable that puts the e2e host's core on a movable clock. */
export const TEST_CLOCK_VARIABLE = 'VORONKA_TEST_CLOCK';

/**
 * The start time of a test clock, from `VORONKA_TEST_CLOCK` (epoch ms), or null: the real clock.
 * Only the browser host (host.js, which e2e tests start) reads it; the desktop app never builds a
 * backend with one, and `npm start` removes the variable before it runs either. A test clock only
 * lets `app.advanceClock` move this core's time forward, over the loopback host that already
 * demands the per-launch token: it reaches no data the caller could not already write.
 */
export const testClockFromEnv = (env: Record<string, string | undefined>): number | null => {
  const value = env[TEST_CLOCK_VARIABLE];
  if (value === undefined || value === '') return null;
  if (!/^\d{1,15}$/.test(value)) throw new Error(`Invalid ${TEST_CLOCK_VARIABLE}: ${value} (epoch milliseconds)`);
  return Number(value);
};
