import type { Dispatch } from '../../createRouter';

/** The schedule is to the minute: a look a minute costs one row read. */
const INTERVAL_MS = 60_000;
/** The first look (a week missed while the app was closed) waits for the host to be up. */
const START_DELAY_MS = 2_000;

/**
 * Runs `reportSchedule.tick` shortly after the start (catching up a missed week) and every minute,
 * through the write queue like any mutation, so a tick and "Run now" never write at once. The
 * timers never keep the process alive on their own.
 */
export const startReportSchedule = (dispatch: Dispatch): { stop(): Promise<void> } => {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = dispatch('reportSchedule.tick', {});
  };
  const first = setTimeout(tick, START_DELAY_MS);
  const timer = setInterval(tick, INTERVAL_MS);
  first.unref?.();
  timer.unref?.();
  return {
    /** Stops the timers and waits for a run in progress, so closing never cuts a report short. */
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
};
