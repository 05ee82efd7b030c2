import type { Dispatch } from '../createRouter';

/** Time triggers are due to the minute: a scan a minute is enough and costs one query per rule. */
const INTERVAL_MS = 60_000;

/**
 * Runs the time-trigger scan once the host is up (catching up on what fell due while the app was
 * closed) and then every minute, through the write queue like any mutation. The timer never keeps
 * the process alive on its own.
 */
export const startAutomationSchedule = (dispatch: Dispatch): { stop(): void } => {
  const scan = () => void dispatch('automation.scan', {});
  const first = setTimeout(scan, 0);
  const timer = setInterval(scan, INTERVAL_MS);
  first.unref?.();
  timer.unref?.();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
};
