import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PushEvent } from '@shared/contract/pushEvents';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithCipher } from '../../helpers/describeWithCipher';
import { createBackend } from '../../../src-main/core/createBackend';
import { defaultWorkerPath } from '../../../src-main/worker/defaultWorkerPath';
import { type BackendWorker, startBackendWorker } from '../../../src-main/worker/startBackendWorker';
import { createNewerSchemaDb, FAKE_WORKER, tempDir } from './workerTestKit';

const fake = (mode: string) =>
  startBackendWorker({ workerPath: FAKE_WORKER, options: { dbPath: mode, platform: 'test' } });

describe('startBackendWorker with the real worker (from source)', () => {
  let dir: string;
  let dbPath: string;
  let worker: BackendWorker;
  beforeAll(async () => {
    dir = tempDir();
    dbPath = join(dir, 'voronka.sqlite');
    worker = await startBackendWorker({ workerPath: defaultWorkerPath(), options: { dbPath, platform: 'test' } });
  });
  afterAll(async () => {
    await worker.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips a call and returns error envelopes as values', async () => {
    expect(await worker.dispatch('app.info', {})).toMatchObject({ ok: true, value: { dbPath, platform: 'test' } });
    expect(await worker.dispatch('no.such', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await worker.dispatch('deals.create', { title: '' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
  });

  it("takes the report folder only as the host's own message, refused where the host fixes it", async () => {
    // A browser-shell (here: test) core never lets anyone pick a folder; the contract has no such call either.
    expect(await worker.setReportFolder(dir)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await worker.dispatch('reportSchedule.setFolder', { folder: dir })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    const desktop = await startBackendWorker({
      workerPath: defaultWorkerPath(),
      options: { dbPath: join(dir, 'desktop.sqlite'), platform: 'electron' },
    });
    try {
      expect(await desktop.setReportFolder(dir)).toMatchObject({
        ok: true,
        value: { folder: { path: dir, source: 'chosen', canChoose: true } },
      });
      expect(await desktop.setReportFolder(null)).toMatchObject({
        ok: true,
        value: { folder: { path: join(dir, 'reports'), source: 'default' } },
      });
      // The shared sync folder the same way: main's message, never a contract call.
      expect(await worker.setSyncFolder(dir)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await desktop.setSyncFolder(dir)).toMatchObject({
        ok: true,
        value: { folder: { path: dir, source: 'chosen', canChoose: true } },
      });
      expect(await desktop.setSyncFolder(join(dir, 'gone'))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await desktop.setSyncFolder(null)).toMatchObject({
        ok: true,
        value: { folder: { path: null, source: 'none', canChoose: true } },
      });
    } finally {
      await desktop.close();
    }
  });

  it('refuses input that cannot cross the thread boundary instead of throwing', async () => {
    expect(await worker.dispatch('app.info', { fn: () => 1 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
  });

  it('relays data.changed after a mutation; an unsubscribed listener hears nothing', async () => {
    const heard: PushEvent[] = [];
    const ignored: PushEvent[] = [];
    worker.subscribe((event) => heard.push(event));
    worker.subscribe((event) => ignored.push(event))();
    const created = await worker.dispatch('deals.create', { title: 'Acme', pipelineId: DEFAULT_PIPELINE.id });
    expect(created).toMatchObject({ ok: true, value: { title: 'Acme' } });
    await expect.poll(() => heard.length).toBeGreaterThan(0);
    expect(heard[0]).toMatchObject({ type: 'data.changed', tables: expect.arrayContaining(['deals']) });
    expect(ignored).toEqual([]);
  });

  it('closes cleanly: in-flight calls finish, the WAL is checkpointed, later calls get an error', async () => {
    const inFlight = worker.dispatch('deals.create', { title: 'Last one', pipelineId: DEFAULT_PIPELINE.id });
    const closing = worker.close();
    expect(await inFlight).toMatchObject({ ok: true });
    await closing;
    await worker.close();
    expect(await worker.dispatch('app.info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
    const reopened = createBackend({ dbPath, platform: 'test' });
    expect(await reopened.dispatch('deals.list', {})).toMatchObject({ ok: true, value: { total: 2 } });
    reopened.close();
  });
});

describe('startBackendWorker failures', () => {
  it('rejects with a clear error on a database from a newer app version', async () => {
    const dir = tempDir();
    try {
      const start = startBackendWorker({
        workerPath: defaultWorkerPath(),
        options: { dbPath: createNewerSchemaDb(dir), platform: 'test' },
      });
      await expect(start).rejects.toThrow(/Cannot open the database: .*newer than this app/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects when the thread throws or exits before it is ready', async () => {
    await expect(fake('throw-before-ready')).rejects.toThrow(/failed to start: boom before ready/);
    await expect(fake('exit-before-ready')).rejects.toThrow(/exited before it was ready \(exit code 4\)/);
    await expect(
      startBackendWorker({ workerPath: '/no/such/worker.js', options: { dbPath: 'x', platform: 'test' } }),
    ).rejects.toThrow(/failed to start/);
  });

  it('settles pending calls with INTERNAL when the thread dies, and every later call too', async () => {
    const worker = await fake('ok');
    expect(await worker.dispatch('echo', { a: 1 })).toEqual({ ok: true, value: { a: 1 } });
    const pending = worker.dispatch('hang', {});
    const dying = worker.dispatch('die', {});
    expect(await pending).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/exit code 3/) },
    });
    expect(await dying).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await worker.dispatch('echo', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    await worker.close();
  });

  it('settles pending calls when the thread crashes with an uncaught error, and tells onCrash', async () => {
    const crashes: Error[] = [];
    const worker = await startBackendWorker({
      workerPath: FAKE_WORKER,
      options: { dbPath: 'ok', platform: 'test' },
      onCrash: (error) => crashes.push(error),
    });
    const pending = worker.dispatch('hang', {});
    void worker.dispatch('throw', {});
    expect(await pending).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/boom after ready/) },
    });
    expect(crashes.map((error) => error.message)).toEqual(['boom after ready']);
  });

  it('ignores malformed messages from the thread', async () => {
    const worker = await fake('ok');
    void worker.dispatch('garbage', {});
    expect(await worker.dispatch('echo', 5)).toEqual({ ok: true, value: 5 });
    await worker.close();
  });

  it('terminates a worker that does not answer close in time', async () => {
    const worker = await startBackendWorker({
      workerPath: FAKE_WORKER,
      options: { dbPath: 'deaf-to-close', platform: 'test' },
      closeTimeoutMs: 50,
    });
    const pending = worker.dispatch('hang', {});
    await worker.close();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describeWithCipher('startBackendWorker on an encrypted workspace', () => {
  it('opens it with the passphrase it is given, and refuses it without one', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'voronka.sqlite');
    try {
      const made = createBackend({ dbPath, platform: 'test', key: 'pass phrase' });
      await made.dispatch('companies.create', { name: 'Shifrovannaya' });
      made.close();

      const worker = await startBackendWorker({
        workerPath: defaultWorkerPath(),
        options: { dbPath, platform: 'test', key: 'pass phrase' },
      });
      try {
        expect(await worker.dispatch('companies.list', {})).toMatchObject({
          ok: true,
          value: { rows: [expect.objectContaining({ name: 'Shifrovannaya' })] },
        });
      } finally {
        await worker.close();
      }
      await expect(
        startBackendWorker({ workerPath: defaultWorkerPath(), options: { dbPath, platform: 'test' } }),
      ).rejects.toThrow(/encrypted/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
