import type { Client } from '@shared/contract/createClient';
import { type HubSyncReport, syncWithHub } from '../../../src-main/core/hub/syncWithHub';
import { clientFor, createTempBackend, type TempBackend } from '../../helpers/tempBackend';
import type { BenchHub } from './startBenchHub';

export type BenchDevice = {
  login: string;
  userId: string;
  role: 'rep' | 'manager' | 'admin';
  team: string | null;
  backend: TempBackend;
  client: Client;
  deviceId: string;
  sync(): Promise<HubSyncReport>;
  /** This device's own messages (not the floor-stamped defaults every device makes alike). */
  ownMessages(): number;
  dispose(): void;
};

/** One person's laptop: its own SQLite file on the real clock, syncing with the hub by its own login. */
export const createBenchDevice = (
  hub: BenchHub,
  person: { login: string; userId: string; role: BenchDevice['role']; team: string | null },
): BenchDevice => {
  const backend = createTempBackend();
  const deviceId = backend.db.sqlite.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as string;
  const own = backend.db.sqlite.prepare(
    'SELECT count(*) FROM change_msgs WHERE ms > 0 AND device = (SELECT id FROM change_names WHERE name = ?)',
  );
  return {
    ...person,
    backend,
    client: clientFor(backend),
    deviceId,
    sync: () =>
      backend.runLocal((ctx) => syncWithHub(ctx, { url: hub.url(person.login), password: hub.password(person.login) })),
    ownMessages: () => own.pluck().get(deviceId) as number,
    dispose: () => backend.dispose(),
  };
};
