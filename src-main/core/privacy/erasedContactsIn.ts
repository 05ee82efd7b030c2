import { logTableId } from '../changes/logTableId';
import { unpackCells } from '../changes/unpackCells';
import type { Db } from '../db/Db';
import { prepare, prepareRaw } from '../db/sql';
import type { SyncMessage } from '../sync/SyncMessage';

const ERASED_ROWS = `SELECT id FROM contacts WHERE id IN (SELECT value FROM json_each(?)) AND erased_at IS NOT NULL`;

/**
 * The candidates' messages logged before the batch, by the row index: one read for a batch, not
 * one per person (the batch's own are at hand).
 */
const LOGGED_CELLS = `SELECT row_id, cells FROM change_msgs
  WHERE tbl = ${logTableId('contacts')} AND row_id IN (SELECT value FROM json_each(?)) AND seq <= ?`;

/** The contacts the activities here link to, one read for the lot. */
const ACTIVITY_CONTACTS = `SELECT contact_id FROM activities
  WHERE id IN (SELECT value FROM json_each(?)) AND contact_id IS NOT NULL`;

const isErase = (cells: Record<string, unknown>): boolean => cells.erased_at !== undefined && cells.erased_at !== null;

/**
 * The contacts whose data the messages hold: their rows, their custom values, and the activities
 * that name them (or, for a message that does not name one, link to them here).
 */
const candidatesOf = (db: Db, messages: Iterable<SyncMessage>): Set<string> => {
  const candidates = new Set<string>();
  const unnamed: string[] = [];
  for (const message of messages) {
    if (message.table === 'contacts') candidates.add(message.rowId);
    else if (message.table === 'custom_values') {
      const contactId = message.rowId.split(':')[0];
      if (contactId) candidates.add(contactId);
    } else if (message.table === 'activities') {
      const linked = message.cells.contact_id;
      if (typeof linked === 'string') candidates.add(linked);
      else unnamed.push(message.rowId);
    }
  }
  if (unnamed.length > 0) {
    for (const contactId of prepare(db, ACTIVITY_CONTACTS).pluck().all(JSON.stringify(unnamed)) as string[]) {
      candidates.add(contactId);
    }
  }
  return candidates;
};

/**
 * Of the candidates, those erased on this device already, or by a message it now holds (the row
 * may not be merged yet: its erase logged, the row pending): one logged up to `loggedThrough`
 * (the log's last sequence number before the batch) or one of the batch's.
 */
const erasedAmong = (
  db: Db,
  candidates: readonly string[],
  messages: Iterable<SyncMessage>,
  loggedThrough: number,
): string[] => {
  const list = JSON.stringify(candidates);
  const erased = new Set(prepare(db, ERASED_ROWS).pluck().all(list) as string[]);
  for (const message of messages) {
    if (message.table === 'contacts' && isErase(message.cells)) erased.add(message.rowId);
  }
  for (const [rowId, cells] of prepareRaw(db, LOGGED_CELLS).all(list, loggedThrough) as [string, Uint8Array][]) {
    if (!erased.has(rowId) && isErase(unpackCells(cells))) erased.add(rowId);
  }
  return candidates.filter((contactId) => erased.has(contactId));
};

/**
 * The erased contacts a batch of stored peer messages touches: the erase itself, or a peer's
 * message about a person erased here (a stale edit made before that peer heard of the erase).
 * Their history is scrubbed before the rows are merged, so the merge folds to the erased row.
 * `loggedThrough`: the log's last sequence number before the batch was stored.
 */
export const erasedContactsIn = (db: Db, messages: readonly SyncMessage[], loggedThrough: number): string[] => {
  const candidates = candidatesOf(db, messages);
  return candidates.size === 0 ? [] : erasedAmong(db, [...candidates], messages, loggedThrough);
};
