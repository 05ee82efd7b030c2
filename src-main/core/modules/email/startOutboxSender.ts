/** Retries fall due on their own: a look this often sends them within half a minute. */
const INTERVAL_MS = 30_000;
/** The first pass (messages queued while the app was closed) waits for the host to be up. */
const START_DELAY_MS = 1_500;

/**
 * Runs the outbox's send pass shortly after the start, every 30 seconds and soon after a message
 * is queued or the account changes (`kick`). Passes never overlap (the caller chains them). The
 * timers never keep the process alive on their own.
 */
export const startOutboxSender = (pass: () => Promise<unknown>): { kick(): void; stop(): void } => {
  let pending: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    pending = null;
    void pass();
  };
  const soon = (ms: number) => {
    if (pending !== null) return;
    pending = setTimeout(run, ms);
    pending.unref?.();
  };
  soon(START_DELAY_MS);
  const timer = setInterval(run, INTERVAL_MS);
  timer.unref?.();
  return {
    kick: () => soon(0),
    stop() {
      if (pending !== null) clearTimeout(pending);
      clearInterval(timer);
    },
  };
};
