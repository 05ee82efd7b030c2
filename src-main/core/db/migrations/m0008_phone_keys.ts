import { normalizePhone } from '@shared/domain/normalizePhone';
import type { Migration } from '../Migration';

/**
 * Phone keys by libphonenumber: "+49 (0) 30 …" and "+49 30 …" now match, Kazakh "(701) …"
 * numbers get a key, and an extension is part of the key (`+74951234567;ext=12`). Only the derived
 * key is recomputed: the phone as a person typed it stays as it is.
 */
export const m0008_phone_keys: Migration = {
  version: 8,
  name: 'phone_keys',
  sql: '',
  backfill: (sqlite) => {
    for (const table of ['companies', 'contacts'] as const) {
      const write = sqlite.prepare(`UPDATE ${table} SET phone_normalized = ? WHERE id = ?`);
      const rows = sqlite.prepare(`SELECT id, phone FROM ${table} WHERE phone IS NOT NULL`).all() as {
        id: string;
        phone: string;
      }[];
      for (const row of rows) write.run(normalizePhone(row.phone), row.id);
    }
  },
};
