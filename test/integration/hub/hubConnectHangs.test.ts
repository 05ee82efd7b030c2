import { createServer, type Server, type Socket } from 'node:net';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, type TempBackend } from '../../helpers/tempBackend';
import { STAGE } from '../core/dealsTestKit';

/** A "hub" that takes the TCP connection and never says a word (a server behind a dead proxy). */
const silentServer = async (): Promise<{ port: number; hangUp(): void; close(): Promise<void> }> => {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    hangUp: () => {
      for (const socket of sockets) socket.destroy();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};

const backends: TempBackend[] = [];
afterEach(async () => {
  for (const backend of backends.splice(0)) {
    await backend.stopBackgroundWork();
    backend.dispose();
  }
});

const settle = <T>(promise: Promise<T>) => {
  const state: { done: boolean; value?: T } = { done: false };
  void promise.then((value) => {
    state.done = true;
    state.value = value;
  });
  return state;
};

describe('Settings → Sync: a hub that does not answer holds no local write', () => {
  it('a deal is saved while “Connect” and “Try the login” wait on a silent server; the connect then fails as unreachable', async () => {
    const silent = await silentServer();
    try {
      const backend = createTempBackend();
      backends.push(backend);
      const client = clientFor(backend);
      const url = `postgres://anna@127.0.0.1:${silent.port}/hub`;
      const connecting = settle(client.call('hub.connect', { url, password: 'anna-secret' }));
      const testing = settle(client.call('hub.test', { url, password: 'anna-secret' }));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = Date.now();
      const deal = await client.call('deals.create', {
        pipelineId: DEFAULT_PIPELINE.id,
        stageId: STAGE.newLead,
        title: 'Пока хаб молчит',
      });
      await client.call('settings.set', { 'workspace.timeZone': 'Asia/Yekaterinburg' });
      // Local writes went through at once, with the hub calls still waiting (they give up after 10 s).
      expect(Date.now() - started).toBeLessThan(2_000);
      expect([connecting.done, testing.done]).toEqual([false, false]);
      expect(backend.db.sqlite.prepare('SELECT title FROM deals WHERE id = ?').pluck().get(deal.id)).toBe(
        'Пока хаб молчит',
      );
      silent.hangUp();
      const deadline = Date.now() + 5_000;
      while (!(connecting.done && testing.done) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(connecting.value?.problem).toMatchObject({ reason: 'unreachable' });
      expect(testing.value?.problem).toMatchObject({ reason: 'unreachable' });
      expect((await client.call('hub.get', {})).url).toBeNull();
    } finally {
      silent.hangUp();
      await silent.close();
    }
  });
});
