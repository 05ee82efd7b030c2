import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../src-main/core/createBackend';
import { createHubSyncRunner, type Timers } from '../../../src-main/core/hub/createHubSyncRunner';
import { HubError } from '../../../src-main/core/hub/HubError';
import type { HubSyncReport } from '../../../src-main/core/hub/syncWithHub';
import { createHubDevice } from './hubDevices';
import { addMember, createHubDatabase, hubSkipReason, useTestPostgres } from './hubTestKit';

/** Timers moved by hand: `advance` runs what falls due, in order. */
const manualClock = () => {
  let now = 0;
  let queue: { run: () => void; at: number }[] = [];
  const timers: Timers = {
    set: (run, ms) => {
      const handle = { run, at: now + ms };
      queue.push(handle);
      return handle;
    },
    clear: (handle) => {
      queue = queue.filter((item) => item !== handle);
    },
  };
  return {
    timers,
    now: () => now,
    pending: () => queue.map((item) => item.at - now),
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const next = [...queue].sort((a, b) => a.at - b.at)[0];
        if (!next || next.at > until) break;
        queue = queue.filter((item) => item !== next);
        now = next.at;
        next.run();
        await Promise.resolve();
      }
      now = until;
    },
  };
};

const report = (pushed = 0): HubSyncReport =>
  ({
    who: { hubId: 'h', schemaVersion: 1, login: 'a', userId: null, role: 'admin', team: null, accessSeq: 0 },
    push: { pushed, rejected: 0 },
    pull: { received: 0, applied: 0, duplicates: 0, pending: 0, flagged: 0, restarted: false, cursor: 0, head: 0 },
  }) as HubSyncReport;

/** A sync whose outcome each test decides, one call at a time. */
const scriptedSync = () => {
  const calls: { resolve(value: HubSyncReport): void; reject(error: unknown): void; signal: AbortSignal }[] = [];
  const sync = (signal: AbortSignal) =>
    new Promise<HubSyncReport>((resolve, reject) => {
      calls.push({ resolve, reject, signal });
      signal.addEventListener('abort', () => reject(new Error('aborted')));
    });
  return { sync, calls };
};

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('hub sync runner', () => {
  it('syncs on start, then on a timer, and shortly after a change', async () => {
    const clock = manualClock();
    const script = scriptedSync();
    const runner = createHubSyncRunner({
      sync: script.sync,
      now: clock.now,
      timers: clock.timers,
      intervalMs: 60_000,
      changeDelayMs: 2_000,
    });
    runner.start();
    expect(runner.status().state).toBe('syncing');
    script.calls[0]!.resolve(report(3));
    await flush();
    expect(runner.status()).toMatchObject({ state: 'idle', lastSyncAt: 0, nextAttemptAt: 60_000, last: { pushed: 3 } });
    await clock.advance(10_000);
    runner.notifyChange();
    expect(runner.status().nextAttemptAt).toBe(12_000);
    await clock.advance(2_000);
    expect(script.calls).toHaveLength(2);
    // A change during a sync: another sync follows soon after it, not a minute later.
    runner.notifyChange();
    script.calls[1]!.resolve(report());
    await flush();
    expect(clock.pending()).toEqual([2_000]);
    runner.stop();
    expect(clock.pending()).toEqual([]);
  });

  it('backs off while the hub is unreachable (5 s, 10 s, 20 s …) and recovers', async () => {
    const clock = manualClock();
    const script = scriptedSync();
    const runner = createHubSyncRunner({
      sync: script.sync,
      now: clock.now,
      timers: clock.timers,
      minBackoffMs: 5_000,
      maxBackoffMs: 15_000,
    });
    runner.start();
    const waits: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      script.calls[attempt]!.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
      await flush();
      expect(runner.status()).toMatchObject({ state: 'offline', lastError: { reason: 'unreachable' } });
      waits.push(clock.pending()[0]!);
      // A change while offline does not hammer the hub: the backoff's attempt carries it.
      runner.notifyChange();
      expect(clock.pending()).toEqual([waits.at(-1)]);
      await clock.advance(waits.at(-1)!);
    }
    expect(waits).toEqual([5_000, 10_000, 15_000, 15_000]);
    script.calls[4]!.resolve(report());
    await flush();
    expect(runner.status()).toMatchObject({ state: 'idle', lastError: null });
    runner.stop();
  });

  it('a refusal (wrong password) is shown and retried rarely; a cancel pauses until resumed', async () => {
    const clock = manualClock();
    const script = scriptedSync();
    const runner = createHubSyncRunner({
      sync: script.sync,
      now: clock.now,
      timers: clock.timers,
      maxBackoffMs: 300_000,
    });
    runner.start();
    script.calls[0]!.reject(new HubError('auth_failed', 'password authentication failed'));
    await flush();
    expect(runner.status()).toMatchObject({
      state: 'error',
      lastError: { reason: 'auth_failed' },
      nextAttemptAt: 300_000,
    });
    runner.syncNow();
    expect(runner.status().state).toBe('syncing');
    runner.cancel();
    await flush();
    expect(script.calls[1]!.signal.aborted).toBe(true);
    expect(runner.status()).toMatchObject({ state: 'paused', nextAttemptAt: null });
    runner.notifyChange();
    await clock.advance(3_600_000);
    expect(script.calls).toHaveLength(2);
    runner.syncNow();
    expect(script.calls).toHaveLength(3);
    runner.stop();
  });
});

describe('hub sync runner against an address where no hub listens', () => {
  it('reports the hub offline in words the UI translates', async () => {
    const device = createHubDevice({ url: () => 'postgres://anna@127.0.0.1:9/none' } as never, 'anna');
    try {
      const runner = createHubSyncRunner({ sync: (signal) => device.sync({ signal }), now: Date.now });
      runner.start();
      await runner.idle();
      expect(runner.status()).toMatchObject({ state: 'offline', lastError: { reason: 'unreachable' } });
      runner.stop();
    } finally {
      device.backend.dispose();
    }
  });
});

const server = useTestPostgres();

const waitFor = async (check: () => boolean | Promise<boolean>, timeoutMs = 20_000) => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe.skipIf(hubSkipReason !== null)('a backend syncing with a hub in the background', () => {
  it('pushes a change shortly after it is made; another device receives it on its own', async () => {
    const hub = await createHubDatabase(server.current!);
    await addMember(hub, { login: 'anna', userId: 'ua', role: 'admin' });
    await addMember(hub, { login: 'boris', userId: 'ub', role: 'admin' });
    const dir = mkdtempSync(join(tmpdir(), 'voronka-hubbg-'));
    const open = (name: string, login: string) =>
      createBackend({
        dbPath: join(dir, `${name}.sqlite`),
        platform: 'test',
        hubSync: { url: hub.url(login), password: `${login}-secret`, changeDelayMs: 50, intervalMs: 300 },
      });
    const a = open('a', 'anna');
    const b = open('b', 'boris');
    try {
      await waitFor(() => a.hub.runner()!.status().lastSyncAt !== null && b.hub.runner()!.status().lastSyncAt !== null);
      const created = await a.dispatch('deals.create', { title: 'Вектор', pipelineId: DEFAULT_PIPELINE.id });
      expect(created.ok).toBe(true);
      await waitFor(() => b.db.sqlite.prepare("SELECT count(*) FROM deals WHERE title = 'Вектор'").pluck().get() === 1);
      expect(a.hub.runner()!.status()).toMatchObject({ lastError: null });
    } finally {
      for (const backend of [a, b]) {
        await backend.stopBackgroundWork();
        backend.close();
      }
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
