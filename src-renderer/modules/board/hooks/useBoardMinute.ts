import { useSyncExternalStore } from 'react';

const MINUTE_MS = 60_000;

let now = Date.now();
let timer: number | undefined;
const listeners = new Set<() => void>();

const tick = () => {
  now = Date.now();
  for (const listener of listeners) listener();
};

/** One interval for the whole board, running only while some card shows a clock. */
const subscribe = (listener: () => void) => {
  if (listeners.size === 0) {
    // The board may come back after an hour away: catch up at once, not a minute late.
    now = Date.now();
    timer = window.setInterval(tick, MINUTE_MS);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.clearInterval(timer);
  };
};

const snapshot = () => now;

/**
 * The time, renewed once a minute by one timer the board's SLA clocks share: only the clocks
 * re-render on a tick, never the cards around them, and a minute is all a countdown in hours and
 * minutes needs.
 */
export const useBoardMinute = (): number => useSyncExternalStore(subscribe, snapshot);
