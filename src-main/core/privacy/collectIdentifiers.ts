import type { Db } from '../db/Db';
import { prepare } from '../db/sql';
import { ERASED_CONTACT_CELLS, IDENTIFYING_COLUMNS } from './erasedCells';

const IDENTIFYING = new Set<string>(IDENTIFYING_COLUMNS);

/**
 * Every name, e-mail and phone the contact ever had on this device: in its row, in its change-log
 * messages and in parked ones. Read before the scrub, to find them in the person's activities.
 */
export const collectIdentifiers = (db: Db, contactId: string): Set<string> => {
  const found = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string' && value !== '' && value !== ERASED_CONTACT_CELLS.name) found.add(value);
  };
  const row = prepare(db, 'SELECT name, email, phone FROM contacts WHERE id = ?').get(contactId) as
    Record<string, unknown> | undefined;
  if (row) for (const column of IDENTIFYING_COLUMNS) add(row[column]);
  const logged = prepare(
    db,
    `SELECT value FROM change_log WHERE tbl = 'contacts' AND row_id = ? AND col IN (${IDENTIFYING_COLUMNS.map(() => '?').join(', ')})`,
  )
    .pluck()
    .all(contactId, ...IDENTIFYING_COLUMNS) as (string | null)[];
  for (const text of logged) if (text !== null) add(JSON.parse(text));
  const parked = prepare(
    db,
    "SELECT message FROM sync_parked WHERE json_extract(message, '$.table') = 'contacts' AND json_extract(message, '$.rowId') = ?",
  )
    .pluck()
    .all(contactId) as string[];
  for (const text of parked) {
    const cells = (JSON.parse(text) as { cells: Record<string, unknown> }).cells;
    for (const [column, value] of Object.entries(cells)) if (IDENTIFYING.has(column)) add(value);
  }
  return found;
};
