import { rmSync } from 'node:fs';
import type { Client } from '@shared/contract/createClient';
import { createBackend } from '../../../src-main/core/createBackend';
import { connectHub } from '../../../src-main/core/hub/HubConnection';
import { type PushReport, pushToHub } from '../../../src-main/core/hub/pushToHub';
import {
  type HubSyncOptions,
  type HubSyncReport,
  readHubIdentity,
  syncWithHub,
} from '../../../src-main/core/hub/syncWithHub';
import {
  clientFor,
  createTempBackend,
  createTestClock,
  type TempBackend,
  type TestClock,
} from '../../helpers/tempBackend';
import type { HubFixture } from './hubTestKit';

export type HubDevice = {
  backend: TempBackend;
  client: Client;
  clock: TestClock;
  login: string;
  sync(options?: HubSyncOptions): Promise<HubSyncReport>;
  /** Pushes only (what a sync does before it pulls). */
  push(): Promise<PushReport>;
  /** Closes the backend and opens the same file again (a restart of the app). */
  restart(): void;
  count(sql: string, ...params: unknown[]): number;
};

const START = Date.UTC(2026, 10, 23, 9, 0, 0);

/** A device on its own SQLite file whose person connects to `hub` as `login` (password `<login>-secret`). */
export const createHubDevice = (hub: HubFixture, login: string, offset = 0): HubDevice => {
  const clock = createTestClock(START + offset);
  let backend = createTempBackend({ clock });
  const device: HubDevice = {
    backend,
    client: clientFor(backend),
    clock,
    login,
    sync: (options = {}) =>
      device.backend.runLocal((ctx) => syncWithHub(ctx, { url: hub.url(login), password: `${login}-secret` }, options)),
    push: () =>
      device.backend.runLocal(async (ctx) => {
        const client = await connectHub({ url: hub.url(login), password: `${login}-secret` });
        try {
          return await pushToHub(ctx, client, (await readHubIdentity(client, login)).hubId);
        } finally {
          await client.end();
        }
      }),
    restart() {
      const { dir, dbPath } = backend;
      backend.close();
      const reopened = createBackend({ dbPath, platform: 'test', clock });
      backend = {
        ...reopened,
        dir,
        dbPath,
        received: [],
        dispose() {
          reopened.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
      device.backend = backend;
      device.client = clientFor(backend);
    },
    count: (sql, ...params) =>
      device.backend.db.sqlite
        .prepare(sql)
        .pluck()
        .get(...params) as number,
  };
  return device;
};
