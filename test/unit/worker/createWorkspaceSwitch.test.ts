import { join } from 'node:path';
import type { Envelope } from '@shared/contract/envelope';
import type { PushEvent } from '@shared/contract/pushEvents';
import { describe, expect, it, vi } from 'vitest';
import {
  createWorkspaceSwitch,
  defaultUnlockDelayMs,
  samplePathFor,
} from '../../../src-main/worker/createWorkspaceSwitch';
import type { BackendWorker, WorkerBackendOptions } from '../../../src-main/worker/startBackendWorker';

const OWN = join('/data', 'voronka.sqlite');

type FakeWorker = BackendWorker & { path: string; emit(event: PushEvent): void; closed: boolean };

/** A worker that answers `app.info` as its file would: a sample path carries the marker. */
const fakeWorker = (options: WorkerBackendOptions): FakeWorker => {
  const listeners = new Set<(event: PushEvent) => void>();
  const worker: FakeWorker = {
    path: options.dbPath,
    closed: false,
    dispatch: vi.fn(async (method: string): Promise<Envelope<unknown>> => {
      if (worker.closed) return { ok: false, error: { code: 'INTERNAL', message: 'closed' } };
      if (method !== 'app.info') return { ok: true, value: options.dbPath };
      return { ok: true, value: { sample: options.sample ? { language: options.sample.language } : null } };
    }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setReportFolder: vi.fn(async (): Promise<Envelope<unknown>> => ({ ok: true, value: null })),
    setSmtpPassword: vi.fn(async (): Promise<Envelope<unknown>> => ({ ok: true, value: null })),
    setHubPassword: vi.fn(async (): Promise<Envelope<unknown>> => ({ ok: true, value: null })),
    setSyncFolder: vi.fn(async (): Promise<Envelope<unknown>> => ({ ok: true, value: null })),
    close: vi.fn(async () => {
      worker.closed = true;
    }),
    emit: (event) => listeners.forEach((listener) => listener(event)),
  };
  return worker;
};

const setup = (start?: (options: WorkerBackendOptions) => Promise<FakeWorker>) => {
  const ownOptions: WorkerBackendOptions = { dbPath: OWN, platform: 'browser', autoBackup: true, key: 'secret' };
  const first = fakeWorker(ownOptions);
  const started: WorkerBackendOptions[] = [];
  const switchable = createWorkspaceSwitch({
    first,
    ownOptions,
    start: async (options) => {
      started.push(options);
      return start ? start(options) : fakeWorker(options);
    },
  });
  return { switchable, first, started };
};

describe('createWorkspaceSwitch', () => {
  it('puts each language\'s sample in a "sample" folder beside the own file', () => {
    expect(samplePathFor(OWN, 'ru')).toBe(join('/data', 'sample', 'sample-ru.sqlite'));
  });

  it('starts the sample as a plain file without backups or schedules, then moves calls and events to it', async () => {
    const { switchable, first, started } = setup();
    const events: PushEvent[] = [];
    switchable.subscribe((event) => events.push(event));
    const answer = await switchable.workspace({ action: 'openSample', language: 'en' });
    expect(answer).toMatchObject({ ok: true, value: { open: 'sample', language: 'en' } });
    expect(started).toEqual([
      {
        dbPath: samplePathFor(OWN, 'en'),
        platform: 'browser',
        key: null,
        autoBackup: false,
        sample: { language: 'en', fresh: false },
      },
    ]);
    expect(first.close).toHaveBeenCalled();
    expect(await switchable.dispatch('deals.list', {})).toEqual({ ok: true, value: samplePathFor(OWN, 'en') });
    expect(switchable.currentPath()).toBe(samplePathFor(OWN, 'en'));
    // Views refetch everything; the old worker's events no longer reach the page.
    expect(events.at(-1)).toMatchObject({ type: 'data.changed' });
    const count = events.length;
    first.emit({ type: 'data.changed', tables: ['deals'] });
    expect(events).toHaveLength(count);
  });

  it('does nothing for the file already open, and goes back with the own options', async () => {
    const { switchable, started } = setup();
    await switchable.workspace({ action: 'openOwn' });
    expect(started).toHaveLength(0);
    await switchable.workspace({ action: 'openSample', language: 'ru' });
    await switchable.workspace({ action: 'openSample', language: 'ru' });
    expect(started).toHaveLength(1);
    await switchable.workspace({ action: 'openOwn' });
    expect(started[1]).toEqual({ dbPath: OWN, platform: 'browser', autoBackup: true, key: 'secret' });
  });

  it('a fresh sample in place of the open one: calls wait while the file is replaced', async () => {
    let release: () => void = () => {};
    const { switchable, started } = setup(async (options) => {
      if (options.sample?.fresh) await new Promise<void>((resolve) => (release = resolve));
      return fakeWorker(options);
    });
    await switchable.workspace({ action: 'openSample', language: 'ru' });
    const fresh = switchable.workspace({ action: 'openSample', language: 'ru', fresh: true });
    await vi.waitFor(() => expect(started).toHaveLength(2));
    let answered = false;
    const call = switchable.dispatch('deals.list', {}).then((envelope) => {
      answered = true;
      return envelope;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    release();
    await expect(fresh).resolves.toMatchObject({ ok: true });
    await expect(call).resolves.toEqual({ ok: true, value: samplePathFor(OWN, 'ru') });
  });

  it("a sample that cannot be opened leaves the page on its workspace, with the core's reason", async () => {
    const { switchable } = setup(async (options) => {
      if (options.sample) {
        throw new Error('Cannot open the database: not a sample', {
          cause: { code: 'CONFLICT', message: 'not a sample' },
        });
      }
      return fakeWorker(options);
    });
    await expect(switchable.workspace({ action: 'openSample', language: 'en' })).resolves.toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'not a sample' },
    });
    expect(await switchable.dispatch('x', {})).toEqual({ ok: true, value: OWN });
  });

  it('refuses anything but a workspace request, and never takes a path', async () => {
    const { switchable, started } = setup();
    await expect(switchable.workspace({ action: 'openFile', path: '/etc/passwd' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    await switchable.workspace({ action: 'openSample', language: 'en', dbPath: '/etc/passwd' });
    expect(started[0]?.dbPath).toBe(samplePathFor(OWN, 'en'));
  });
});

describe('createWorkspaceSwitch: a locked workspace', () => {
  const refused = (reason: string) =>
    new Error('Cannot open the database', { cause: { code: 'DB_ENCRYPTED', message: reason, params: { reason } } });

  it('waits longer before each try after three wrong passphrases, and forgets the count on success', async () => {
    const waits: number[] = [];
    const ownOptions: WorkerBackendOptions = { dbPath: OWN, platform: 'browser', key: null };
    const switchable = createWorkspaceSwitch({
      first: null,
      ownOptions,
      start: async (options) => {
        if (options.key !== 'the right one') throw refused('key_rejected');
        return fakeWorker(options);
      },
      unlockDelayMs: (failures) => {
        const wait = defaultUnlockDelayMs(failures);
        waits.push(wait);
        // The test does not sleep: the schedule is what is checked.
        return 0;
      },
    });
    await expect(switchable.dispatch('deals.list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'DB_ENCRYPTED', params: { reason: 'key_required' } },
    });
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(switchable.workspace({ action: 'unlock', passphrase: 'wrong' })).resolves.toMatchObject({
        ok: false,
        error: { params: { reason: 'key_rejected' } },
      });
    }
    await expect(switchable.workspace({ action: 'unlock', passphrase: 'the right one' })).resolves.toMatchObject({
      ok: true,
      value: { locked: false, encrypted: true },
    });
    expect(waits).toEqual([0, 0, 0, 1000, 2000, 4000]);
    expect(defaultUnlockDelayMs(20)).toBe(30_000);
    await expect(switchable.dispatch('app.info', {})).resolves.toMatchObject({ ok: true });
  });

  it('really waits the delay it is given before trying', async () => {
    vi.useFakeTimers();
    try {
      let tried = 0;
      const switchable = createWorkspaceSwitch({
        first: null,
        ownOptions: { dbPath: OWN, platform: 'browser', key: null },
        start: async (options) => {
          tried += 1;
          return fakeWorker(options);
        },
        unlockDelayMs: () => 5000,
      });
      const answer = switchable.workspace({ action: 'unlock', passphrase: 'x' });
      await vi.advanceTimersByTimeAsync(4900);
      expect(tried).toBe(0);
      await vi.advanceTimersByTimeAsync(200);
      await expect(answer).resolves.toMatchObject({ ok: true });
      expect(tried).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
