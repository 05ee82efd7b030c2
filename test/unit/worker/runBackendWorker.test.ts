import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBackendWorker } from '../../../src-main/worker/runBackendWorker';
import type { WorkerMessage } from '../../../src-main/worker/workerProtocol';
import { createNewerSchemaDb, tempDir } from './workerTestKit';

/** The worker's side of the protocol, run in-process over a MessageChannel. */
const connect = (workerData: unknown) => {
  const { port1, port2 } = new MessageChannel();
  const received: WorkerMessage[] = [];
  const waiters: { test: (m: WorkerMessage) => boolean; resolve: (m: WorkerMessage) => void }[] = [];
  port2.on('message', (message: WorkerMessage) => {
    received.push(message);
    for (const waiter of waiters.filter((w) => w.test(message))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(message);
    }
  });
  const next = (test: (m: WorkerMessage) => boolean) =>
    new Promise<WorkerMessage>((resolve) => {
      const seen = received.find(test);
      if (seen) resolve(seen);
      else waiters.push({ test, resolve });
    });
  void runBackendWorker(port1 as MessagePort, workerData);
  return { host: port2, received, next, resultOf: (id: number) => next((m) => m.type === 'result' && m.id === id) };
};

describe('runBackendWorker', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('answers calls by id and relays data.changed after a mutation, then closes cleanly', async () => {
    const dbPath = join(dir, 'v.sqlite');
    const worker = connect({ dbPath, platform: 'test' });
    await worker.next((m) => m.type === 'ready');

    worker.host.postMessage({ type: 'call', id: 1, method: 'app.info', input: {} });
    const info = await worker.resultOf(1);
    expect(info).toMatchObject({ envelope: { ok: true, value: { dbPath, platform: 'test' } } });

    worker.host.postMessage({
      type: 'call',
      id: 2,
      method: 'deals.create',
      input: { title: 'Acme', pipelineId: DEFAULT_PIPELINE.id },
    });
    expect(await worker.resultOf(2)).toMatchObject({ envelope: { ok: true, value: { title: 'Acme' } } });
    const event = await worker.next((m) => m.type === 'event');
    expect(event).toMatchObject({ type: 'event', event: { type: 'data.changed' } });
    expect((event as { event: { tables: string[] } }).event.tables).toContain('deals');

    worker.host.postMessage({ type: 'close' });
    await worker.next((m) => m.type === 'closed');
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
  });

  it('survives malformed messages and answers a malformed call that carries an id', async () => {
    const worker = connect({ dbPath: join(dir, 'v.sqlite'), platform: 'test' });
    await worker.next((m) => m.type === 'ready');
    worker.host.postMessage('hello');
    worker.host.postMessage(null);
    worker.host.postMessage({ type: 'call', id: 5 });
    expect(await worker.resultOf(5)).toMatchObject({ envelope: { ok: false, error: { code: 'BAD_INPUT' } } });
    worker.host.postMessage({ type: 'call', id: 6, method: 'no.such', input: {} });
    expect(await worker.resultOf(6)).toMatchObject({ envelope: { ok: false, error: { code: 'UNKNOWN_METHOD' } } });
    worker.host.postMessage({ type: 'close' });
    await worker.next((m) => m.type === 'closed');
  });

  it('finishes an in-flight mutation before it closes the database', async () => {
    const worker = connect({ dbPath: join(dir, 'v.sqlite'), platform: 'test' });
    await worker.next((m) => m.type === 'ready');
    worker.host.postMessage({
      type: 'call',
      id: 1,
      method: 'deals.create',
      input: { title: 'Late', pipelineId: DEFAULT_PIPELINE.id },
    });
    worker.host.postMessage({ type: 'close' });
    await worker.next((m) => m.type === 'closed');
    const order = worker.received.map((m) => m.type);
    expect(order.indexOf('result')).toBeLessThan(order.indexOf('closed'));
    expect(await worker.resultOf(1)).toMatchObject({ envelope: { ok: true } });
  });

  it('reports fatal when the database is from a newer app version', async () => {
    const worker = connect({ dbPath: createNewerSchemaDb(dir), platform: 'test' });
    const fatal = await worker.next((m) => m.type === 'fatal');
    expect(fatal).toMatchObject({ error: { code: 'CONFLICT', message: expect.stringMatching(/newer/) } });
    expect(worker.received.some((m) => m.type === 'ready')).toBe(false);
  });

  it('reports fatal when the file cannot be opened at all', async () => {
    const worker = connect({ dbPath: join(dir, 'missing-folder', 'v.sqlite'), platform: 'test' });
    const fatal = await worker.next((m) => m.type === 'fatal');
    expect(fatal).toMatchObject({ error: { message: expect.stringMatching(/directory does not exist/) } });
  });

  it('reports a damaged file as DB_DAMAGED with its reason, for the shell to word and offer a backup', async () => {
    const dbPath = join(dir, 'garbage.sqlite');
    writeFileSync(dbPath, 'not a database at all');
    const worker = connect({ dbPath, platform: 'test' });
    const fatal = await worker.next((m) => m.type === 'fatal');
    expect(fatal).toMatchObject({ error: { code: 'DB_DAMAGED', params: { reason: 'not_a_database' } } });
    expect(readFileSync(dbPath, 'utf8')).toBe('not a database at all');
  });

  it('reports fatal for options it cannot use', async () => {
    const worker = connect({ dbPath: 42 });
    expect(await worker.next((m) => m.type === 'fatal')).toMatchObject({ error: { code: 'BAD_INPUT' } });
  });
});
