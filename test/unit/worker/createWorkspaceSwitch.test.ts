import { join } from 'node:path';
import type { Envelope } from '@shared/contract/envelope';
import type { PushEvent } from '@shared/contract/pushEvents';
import { describe, expect, it, vi } from 'vitest';
import { createWorkspaceSwitch, samplePathFor } from '../../../src-main/worker/createWorkspaceSwitch';
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
