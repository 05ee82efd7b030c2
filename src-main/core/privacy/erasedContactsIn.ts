import { logTableId } from '../changes/logTableId';
import { unpackCells } from '../changes/unpackCells';
import type { Db } from '../db/Db';
import { prepare, prepareRaw } from '../db/sql';
import type { SyncMessage } from '../sync/SyncMessage';

const ERASED_ROWS = `SELECT id FROM contacts WHERE id IN (SELECT value FROM json_each(?)) AND erased_at IS NOT NULL`;

/** The candidates' logged messages, by the row index: one read for a batch, not one per person. */
const LOGGED_CELLS = `SELECT row_id, cells FROM change_msgs
  WHERE tbl = ${logTableId('contacts')} AND row_id IN (SELECT value FROM json_each(?))`;

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
 * Of the candidates, those erased on this device already, or by a message it now holds (the row
 * may not be merged yet: its erase logged, the row pending).
 */
const erasedAmong = (db: Db, candidates: readonly string[]): string[] => {
  const list = JSON.stringify(candidates);
  const erased = new Set(prepare(db, ERASED_ROWS).pluck().all(list) as string[]);
  for (const [rowId, cells] of prepareRaw(db, LOGGED_CELLS).all(list) as [string, Uint8Array][]) {
    if (erased.has(rowId)) continue;
    const erasedAt = unpackCells(cells).erased_at;
    if (erasedAt !== undefined && erasedAt !== null) erased.add(rowId);
  }
  return candidates.filter((contactId) => erased.has(contactId));
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
  return candidates.size === 0 ? [] : erasedAmong(db, [...candidates]);
};
