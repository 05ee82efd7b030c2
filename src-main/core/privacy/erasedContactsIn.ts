import { logTableId } from '../changes/logTableId';
import { unpackCells } from '../changes/unpackCells';
import type { Db } from '../db/Db';
import { prepare, prepareRaw } from '../db/sql';
import type { SyncMessage } from '../sync/SyncMessage';

/** The candidates' rows here, each with whether it is erased. */
const CONTACT_ROWS = `SELECT id, erased_at IS NOT NULL FROM contacts WHERE id IN (SELECT value FROM json_each(?))`;

/** The candidates whose row waits (its merged state not written): its log may hold more than the row. */
const WAITING_CONTACTS = `SELECT row_id FROM sync_pending
  WHERE tbl = 'contacts' AND row_id IN (SELECT value FROM json_each(?))`;

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
 * may not be merged yet: its erase logged, the row pending): one of the batch's, or one logged up
 * to `loggedThrough` (the log's last sequence number before the batch). A row here that does not
 * wait holds every logged message merged (an erase's scrub keeps it erased whatever comes after),
 * so the log is read only for the candidates with no row here or a waiting one: a bundle's
 * activities name thousands of contacts merged by its earlier steps.
 */
const erasedAmong = (
  db: Db,
  candidates: readonly string[],
  messages: Iterable<SyncMessage>,
  loggedThrough: number,
  settledBefore: Set<string>,
): string[] => {
  const erased = new Set<string>();
  for (const message of messages) {
    if (message.table === 'contacts' && isErase(message.cells)) erased.add(message.rowId);
  }
  const unknown = candidates.filter((id) => !settledBefore.has(id));
  const list = JSON.stringify(unknown);
  const settled = new Set<string>();
  if (unknown.length > 0) {
    for (const [id, isErased] of prepareRaw(db, CONTACT_ROWS).all(list) as [string, number][]) {
      settled.add(id);
      if (isErased === 1) erased.add(id);
    }
    for (const id of prepare(db, WAITING_CONTACTS).pluck().all(list) as string[]) settled.delete(id);
  }
  const unsettled = unknown.filter((id) => !settled.has(id) && !erased.has(id));
  if (unsettled.length > 0) {
    const logged = prepareRaw(db, LOGGED_CELLS).all(JSON.stringify(unsettled), loggedThrough) as [string, Uint8Array][];
    for (const [rowId, cells] of logged) if (isErase(unpackCells(cells))) erased.add(rowId);
  }
  for (const id of settled) if (!erased.has(id)) settledBefore.add(id);
  // Erased now: a stale message about them in a later batch is scrubbed too.
  for (const id of erased) settledBefore.delete(id);
  return candidates.filter((contactId) => erased.has(contactId));
};

/**
 * The erased contacts a batch of stored peer messages touches: the erase itself, or a peer's
 * message about a person erased here (a stale edit made before that peer heard of the erase).
 * Their history is scrubbed before the rows are merged, so the merge folds to the erased row.
 * `loggedThrough`: the log's last sequence number before the batch was stored.
 * `settled`: contacts an earlier batch of the same transaction found here, not erased and not
 * waiting, and added to it: they are not read again (a bundle's steps name the same people over
 * and over). Only an erase message makes one erased, and each batch's own are looked at above;
 * no other write runs meanwhile (an import refuses them).
 */
export const erasedContactsIn = (
  db: Db,
  messages: readonly SyncMessage[],
  loggedThrough: number,
  settled: Set<string> = new Set(),
): string[] => {
  const candidates = candidatesOf(db, messages);
  return candidates.size === 0 ? [] : erasedAmong(db, [...candidates], messages, loggedThrough, settled);
};
