import type { Db } from '../db/Db';
import { prepare } from '../db/sql';
import type { SyncMessage } from '../sync/SyncMessage';

const ERASE_LOGGED =
  "SELECT 1 FROM change_log WHERE tbl = 'contacts' AND row_id = ? AND col = 'erased_at' AND value <> 'null' LIMIT 1";

/** Erased on this device already, or by a message it now holds (the row may not be merged yet). */
const isErased = (db: Db, contactId: string): boolean =>
  (prepare(db, 'SELECT erased_at FROM contacts WHERE id = ?').pluck().get(contactId) ?? null) !== null ||
  prepare(db, ERASE_LOGGED).get(contactId) !== undefined;

/** The contact a message's row belongs to, if it holds the person's data. */
const contactOf = (db: Db, message: SyncMessage): string | null => {
  if (message.table === 'contacts') return message.rowId;
  if (message.table === 'custom_values') return message.rowId.split(':')[0] ?? null;
  if (message.table !== 'activities') return null;
  const linked = message.cells.contact_id;
  if (typeof linked === 'string') return linked;
  return (prepare(db, 'SELECT contact_id FROM activities WHERE id = ?').pluck().get(message.rowId) ?? null) as
    string | null;
};

/**
 * The erased contacts a batch of stored peer messages touches: the erase itself, or a peer's
 * message about a person erased here (a stale edit made before that peer heard of the erase).
 * Their history is scrubbed before the rows are merged, so the merge folds to the erased row.
 */
export const erasedContactsIn = (db: Db, messages: Iterable<SyncMessage>): string[] => {
  const candidates = new Set<string>();
  for (const message of messages) {
    const contactId = contactOf(db, message);
    if (contactId !== null) candidates.add(contactId);
  }
  return [...candidates].filter((contactId) => isErased(db, contactId));
};
