import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../db/Db';

/** The binding a copy made by the app itself (migration backups) carries: it never matches. */
export const COPY_BINDING = 'copy';

const readMeta = (db: Db, key: string): string | undefined =>
  (db.sqlite.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;

const writeMeta = (db: Db, key: string, value: string): void => {
  db.sqlite
    .prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(key, value);
};

// 16 hex characters: short enough for every HLC string, unique enough across a firm's devices.
const newDeviceId = (): string => uuidv7().replaceAll('-', '').slice(-16);

/**
 * This copy's device id. A file whose stored binding is not this machine and path (a backup
 * restored elsewhere, a copied file, one of the app's own backups) gets a new id, so its messages
 * never share a device id (and so HLC stamps) with the original. A file from before bindings
 * adopts the current one and keeps its id. `binding` null (in-memory databases): no check.
 */
export const readOrCreateDeviceId = (db: Db, binding: string | null): string => {
  const stored = readMeta(db, 'device_id');
  const storedBinding = readMeta(db, 'device_binding');
  const keep = stored !== undefined && (binding === null || storedBinding === undefined || storedBinding === binding);
  const deviceId = keep ? stored : newDeviceId();
  if (!keep) writeMeta(db, 'device_id', deviceId);
  if (binding !== null && storedBinding !== binding) writeMeta(db, 'device_binding', binding);
  return deviceId;
};
