import type { PushEvent } from '@shared/contract/pushEvents';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onTablesChanged } from '../../../src-renderer/platform/data/onTablesChanged';

const source = () => {
  const listeners = new Set<(event: PushEvent) => void>();
  return {
    subscribe(listener: (event: PushEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (event: PushEvent) => listeners.forEach((listener) => listener(event)),
    count: () => listeners.size,
  };
};

describe('onTablesChanged', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('refetches once per burst of changes to watched tables', () => {
    const events = source();
    const refetch = vi.fn();
    onTablesChanged(events, ['deals', 'stages'], refetch, 30);
    events.emit({ type: 'data.changed', tables: ['deals'] });
    events.emit({ type: 'data.changed', tables: ['stages', 'settings'] });
    vi.advanceTimersByTime(30);
    expect(refetch).toHaveBeenCalledTimes(1);
    events.emit({ type: 'data.changed', tables: ['deals'] });
    vi.advanceTimersByTime(30);
    expect(refetch).toHaveBeenCalledTimes(2);
  });

  it('ignores other tables and other events', () => {
    const events = source();
    const refetch = vi.fn();
    onTablesChanged(events, ['deals'], refetch);
    events.emit({ type: 'data.changed', tables: ['companies'] });
    events.emit({ type: 'notify', level: 'info', messageKey: 'x' });
    vi.runAllTimers();
    expect(refetch).not.toHaveBeenCalled();
  });

  it('stops, including a pending refetch, when unsubscribed', () => {
    const events = source();
    const refetch = vi.fn();
    const stop = onTablesChanged(events, ['deals'], refetch);
    events.emit({ type: 'data.changed', tables: ['deals'] });
    stop();
    vi.runAllTimers();
    expect(refetch).not.toHaveBeenCalled();
    expect(events.count()).toBe(0);
  });
});
