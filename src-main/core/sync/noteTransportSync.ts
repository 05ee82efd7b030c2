import type { SyncTransport } from '@shared/contract/schemas/sync';
import type { Db } from '../db/Db';
import { prepare } from '../db/sql';

/**
 * Notes an exchange with a peer over a transport (m0055), for the sync status: `in` when a batch
 * from the peer was applied, `out` when one was written for it. Transports call it in the
 * transaction of the exchange.
 */
export const noteTransportSync = (
  db: Db,
  sync: { deviceId: string; transport: SyncTransport; direction: 'in' | 'out'; at: number; messages: number },
): void => {
  prepare(
    db,
    `INSERT INTO sync_transport_log (device_id, transport, direction, at, messages) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (device_id, transport, direction) DO UPDATE SET at = excluded.at, messages = excluded.messages`,
  ).run(sync.deviceId, sync.transport, sync.direction, sync.at, sync.messages);
};
