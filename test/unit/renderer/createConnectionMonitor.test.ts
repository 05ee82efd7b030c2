import type { Envelope } from '@shared/contract/envelope';
import type { PushEvent } from '@shared/contract/pushEvents';
import { TABLE_NAMES } from '@shared/contract/tableNames';
import type { Transport } from '@shared/contract/transport';
import { describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import type { ConnectionState } from '../../../src-renderer/platform/connection/connectionStore';
import { createConnectionMonitor } from '../../../src-renderer/platform/connection/createConnectionMonitor';
import { transportFailure } from '../../../src-renderer/platform/transportFailure';

const DOWN = transportFailure('unreachable', 'TypeError: Failed to fetch');
const UP: Envelope<unknown> = { ok: true, value: {} };

const setup = () => {
  const store = create<ConnectionState>()(() => ({
    status: 'online',
    checking: false,
    retryAt: null,
    recovery: null,
    retryNow: () => undefined,
  }));
  let clock = 1_000_000;
  const timers: { callback: () => void; ms: number }[] = [];
  let answer: Envelope<unknown> = UP;
  const inner = {
    call: vi.fn<Transport['call']>(async () => answer),
    subscribe: vi.fn<Transport['subscribe']>(() => () => undefined),
  };
  const monitor = createConnectionMonitor({
    store,
    now: () => clock,
    setTimer: (callback, ms) => timers.push({ callback, ms }),
    clearTimer: () => undefined,
  });
  const transport = monitor.wrap(inner);
  const events: PushEvent[] = [];
  transport.subscribe((event) => events.push(event));
  /** Runs the pending retry timer, as the clock would. */
  const tick = async () => {
    const timer = timers.shift();
    if (!timer) throw new Error('no retry scheduled');
    clock += timer.ms;
    timer.callback();
    await vi.waitFor(() => expect(store.getState().checking).toBe(false));
  };
  return {
    store,
    monitor,
    transport,
    inner,
    timers,
    events,
    tick,
    setAnswer: (next: Envelope<unknown>) => {
      answer = next;
    },
  };
};

describe('createConnectionMonitor', () => {
  it('goes offline on an unreachable call and retries by itself with growing delays', async () => {
    const { store, transport, timers, tick, setAnswer, inner } = setup();
    setAnswer(DOWN);
    await expect(transport.call('companies.list', {})).resolves.toEqual(DOWN);
    expect(store.getState().status).toBe('offline');
    expect(store.getState().retryAt).toBe(1_000_000 + 1000);
    await tick();
    await tick();
    await tick();
    expect(timers.map((timer) => timer.ms)).toEqual([8000]);
    expect(inner.call).toHaveBeenLastCalledWith('settings.get', {});
    for (let i = 0; i < 6; i += 1) await tick();
    expect(timers[0]!.ms).toBe(15_000);
    expect(store.getState().status).toBe('offline');
  });

  it('comes back online when a retry gets through, says so once and has every view refetch', async () => {
    const { store, transport, tick, setAnswer, events } = setup();
    setAnswer(DOWN);
    await transport.call('companies.list', {});
    await tick();
    setAnswer(UP);
    await tick();
    expect(store.getState()).toMatchObject({ status: 'online', retryAt: null, recovery: { restarted: false } });
    expect(events).toEqual([{ type: 'data.changed', tables: [...TABLE_NAMES] }]);
    const recovery = store.getState().recovery;
    await transport.call('companies.list', {});
    expect(store.getState().recovery).toBe(recovery);
  });

  it('retries at once on "Retry now"', async () => {
    const { store, transport, setAnswer, inner } = setup();
    setAnswer(DOWN);
    await transport.call('deals.board', {});
    setAnswer(UP);
    store.getState().retryNow();
    await vi.waitFor(() => expect(store.getState().status).toBe('online'));
    expect(inner.call).toHaveBeenCalledTimes(2);
  });

  it('checks at once when the event stream drops, and stays online if the core answers', async () => {
    const { store, monitor, inner, setAnswer } = setup();
    monitor.check();
    await vi.waitFor(() => expect(inner.call).toHaveBeenCalledWith('settings.get', {}));
    expect(store.getState().status).toBe('online');
    setAnswer(DOWN);
    monitor.check();
    await vi.waitFor(() => expect(store.getState().status).toBe('offline'));
  });

  it('says the host restarted once a call with the new token got through', async () => {
    const { store, monitor, transport, events } = setup();
    monitor.noteRestart();
    await transport.call('companies.update', {});
    expect(store.getState().recovery).toMatchObject({ restarted: true });
    // Never offline, so nothing to refetch beyond what the stream's reconnect already asks for.
    expect(events).toEqual([]);
  });

  it('keeps a late failure of a call sent while the host was down from undoing a later recovery', async () => {
    const { store, transport, inner, tick, setAnswer } = setup();
    setAnswer(DOWN);
    await transport.call('companies.list', {});
    // Sent while the host is down, its failure arrives only after the retry got through.
    let failLate = (_envelope: Envelope<unknown>) => {};
    inner.call.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          failLate = resolve;
        }),
    );
    const late = transport.call('contacts.list', {});
    setAnswer(UP);
    await tick();
    const recovery = store.getState().recovery;
    expect(store.getState().status).toBe('online');
    failLate(DOWN);
    await late;
    expect(store.getState()).toMatchObject({ status: 'online', recovery });
    // A failure of a call started after the recovery is news: the host went away again.
    setAnswer(DOWN);
    await transport.call('contacts.list', {});
    expect(store.getState().status).toBe('offline');
  });

  it('keeps a late answer sent before the host went away from clearing the banner, and still retries', async () => {
    const { store, transport, inner, timers, tick, setAnswer } = setup();
    let answerLate = (_envelope: Envelope<unknown>) => {};
    inner.call.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          answerLate = resolve;
        }),
    );
    const late = transport.call('deals.board', {});
    setAnswer(DOWN);
    await transport.call('companies.list', {});
    answerLate(UP);
    await late;
    expect(store.getState()).toMatchObject({ status: 'offline', recovery: null });
    expect(timers).toHaveLength(1);
    setAnswer(UP);
    await tick();
    expect(store.getState().status).toBe('online');
  });

  it('is not fooled by errors from the core: those are answers', async () => {
    const { store, transport, setAnswer } = setup();
    setAnswer({ ok: false, error: { code: 'NOT_FOUND', message: 'x' } });
    await transport.call('deals.get', {});
    setAnswer(transportFailure('bad_reply', 'x'));
    await transport.call('deals.get', {});
    expect(store.getState().status).toBe('online');
  });
});
