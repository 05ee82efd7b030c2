import type { Db } from '../db/Db';
import { prepare } from '../db/sql';

/** The device id the backend opened the file with (readOrCreateDeviceId wrote it before any write). */
export const storedDeviceId = (db: Db): string =>
  (prepare(db, "SELECT value FROM meta WHERE key = 'device_id'").get() as { value: string }).value;
