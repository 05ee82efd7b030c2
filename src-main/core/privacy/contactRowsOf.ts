import type { Db } from '../db/Db';
import { prepare } from '../db/sql';

/** The custom-value rows of a record: their ids are `recordId:fieldId`, so one key range holds them. */
export const customValueRange = (recordId: string): [string, string] => [`${recordId}:`, `${recordId};`];

/** The rows that carry a contact's own data besides their contact row: custom values, activities. */
export const contactRowsOf = (db: Db, contactId: string): { customValues: string[]; activities: string[] } => {
  const [from, to] = customValueRange(contactId);
  const loggedValues = prepare(
    db,
    // custom_values is table 26 of LOG_TABLES (m0072).
    'SELECT DISTINCT row_id FROM change_msgs WHERE tbl = 26 AND row_id > ? AND row_id < ?',
  )
    .pluck()
    .all(from, to) as string[];
  const storedValues = prepare(db, 'SELECT id FROM custom_values WHERE id > ? AND id < ?')
    .pluck()
    .all(from, to) as string[];
  const activities = prepare(db, 'SELECT id FROM activities WHERE contact_id = ?').pluck().all(contactId) as string[];
  return { customValues: [...new Set([...loggedValues, ...storedValues])], activities };
};
