import type { PushEvent } from '@shared/contract/pushEvents';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startReportWarmUp } from '../../../../src-main/core/reports/startReportWarmUp';

const TIMING = { startDelayMs: 1_000, quietMs: 5_000, intervalMs: 60_000 };

/** A host whose calls and writes the test makes, on the fake timers' clock. */
const makeHost = () => {
  const listeners = new Set<(event: PushEvent) => void>();
  let lastCallAt = Date.now();
  const warm = vi.fn();
  const second = vi.fn();
  const warmUp = startReportWarmUp({
    steps: [warm, second],
    lastCallAt: () => lastCallAt,
    events: {
      subscribe(listener) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
    },
    timing: TIMING,
    now: () => Date.now(),
  });
  return {
    warm,
    second,
    warmUp,
    call: () => {
      lastCallAt = Date.now();
    },
    write: () => {
      lastCallAt = Date.now();
      for (const listener of listeners) listener({ type: 'data.changed', tables: ['deals'] });
    },
    listeners,
  };
};

describe('startReportWarmUp', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'Date'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('warms once the host has been quiet after the start, not before', () => {
    const host = makeHost();
    vi.advanceTimersByTime(TIMING.startDelayMs);
    expect(host.warm).not.toHaveBeenCalled();
    vi.advanceTimersByTime(TIMING.quietMs - TIMING.startDelayMs - 1);
    expect(host.warm).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(host.warm).toHaveBeenCalledTimes(1);
    host.warmUp.stop();
  });

  it('waits while calls keep coming, and warms once they stop', () => {
    const host = makeHost();
    for (let second = 0; second < 30; second += 1) {
      host.call();
      vi.advanceTimersByTime(1_000);
    }
    expect(host.warm).not.toHaveBeenCalled();
    vi.advanceTimersByTime(TIMING.quietMs);
    expect(host.warm).toHaveBeenCalledTimes(1);
    host.warmUp.stop();
  });

  it('warms once after a burst of writes has settled, not once per write', () => {
    const host = makeHost();
    vi.advanceTimersByTime(TIMING.quietMs);
    expect(host.warm).toHaveBeenCalledTimes(1);
    for (let write = 0; write < 10; write += 1) {
      host.write();
      vi.advanceTimersByTime(500);
    }
    expect(host.warm).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(TIMING.quietMs);
    expect(host.warm).toHaveBeenCalledTimes(2);
    host.warmUp.stop();
  });

  it('looks again now and then (a week ends while the app stays open)', () => {
    const host = makeHost();
    vi.advanceTimersByTime(TIMING.quietMs);
    expect(host.warm).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(TIMING.intervalMs * 3);
    expect(host.warm).toHaveBeenCalledTimes(4);
    host.warmUp.stop();
  });

  it('keeps looking after a warm-up that failed', () => {
    const host = makeHost();
    host.warm.mockImplementationOnce(() => {
      throw new Error('SQLITE_BUSY');
    });
    vi.advanceTimersByTime(TIMING.quietMs);
    expect(host.warm).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(TIMING.intervalMs);
    expect(host.warm).toHaveBeenCalledTimes(2);
    host.warmUp.stop();
  });

  it('runs the steps one turn each, and the next only while no call came in between', () => {
    const host = makeHost();
    host.warm.mockImplementation(() => host.call());
    vi.advanceTimersByTime(TIMING.quietMs);
    expect(host.warm).toHaveBeenCalledTimes(1);
    // A call came while the first step ran: the second waits for quiet again.
    vi.advanceTimersByTime(TIMING.quietMs - 1);
    expect(host.second).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(host.second).toHaveBeenCalledTimes(1);
    expect(host.warm).toHaveBeenCalledTimes(1);
    host.warmUp.stop();
  });

  it('starts the steps over after a write', () => {
    const host = makeHost();
    host.warm.mockImplementation(() => host.write());
    vi.advanceTimersByTime(TIMING.quietMs);
    expect(host.warm).toHaveBeenCalledTimes(1);
    host.warm.mockReset();
    vi.advanceTimersByTime(TIMING.quietMs);
    expect(host.warm).toHaveBeenCalledTimes(1);
    expect(host.second).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(host.second).toHaveBeenCalledTimes(1);
    host.warmUp.stop();
  });

  it('does nothing once stopped', () => {
    const host = makeHost();
    host.warmUp.stop();
    expect(host.listeners.size).toBe(0);
    vi.advanceTimersByTime(TIMING.intervalMs * 2);
    expect(host.warm).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
