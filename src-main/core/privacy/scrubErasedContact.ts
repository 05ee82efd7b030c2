import type { RowValues, SqlValue } from '../changes/ChangeWriter';
import type { Db } from '../db/Db';
import type { SyncedTable } from '../db/schema';
import { prepare } from '../db/sql';
import { packCells } from '../changes/packCells';
import { unpackCells } from '../changes/unpackCells';
import { collectIdentifiers } from './collectIdentifiers';
import { contactRowsOf } from './contactRowsOf';
import { ACTIVITY_TEXT_COLUMNS, ERASED_CONTACT_CELLS, ERASED_CUSTOM_VALUE_CELLS } from './erasedCells';
import { redactIdentifiers } from './redactIdentifiers';

export type ScrubbedRow = { table: SyncedTable; rowId: string };

type Scrubber = (column: string, value: SqlValue) => SqlValue;

/** Per table, what a cell of the person's rows becomes (unchanged when the column is not theirs). */
const scrubbersFor = (redact: ((text: string) => string) | null): Record<string, Scrubber> => ({
  contacts: (column, value) => (column in ERASED_CONTACT_CELLS ? (ERASED_CONTACT_CELLS[column] ?? null) : value),
  custom_values: (column, value) =>
    column in ERASED_CUSTOM_VALUE_CELLS ? (ERASED_CUSTOM_VALUE_CELLS[column] ?? null) : value,
  activities: (column, value) =>
    redact !== null && typeof value === 'string' && (ACTIVITY_TEXT_COLUMNS as readonly string[]).includes(column)
      ? redact(value)
      : value,
});

/** Rewrites the cells of one row's change-log messages; returns whether any changed. */
const scrubLog = (db: Db, table: string, rowId: string, scrub: Scrubber): boolean => {
  const messages = prepare(
    db,
    'SELECT seq, cells FROM change_msgs WHERE tbl = (SELECT id FROM change_names WHERE name = ?) AND row_id = ?',
  ).all(table, rowId) as { seq: number; cells: Uint8Array }[];
  let changed = false;
  for (const message of messages) {
    const cells = unpackCells(message.cells) as RowValues;
    let scrubbed = false;
    for (const [column, value] of Object.entries(cells)) {
      const next = scrub(column, value);
      if (next === value) continue;
      cells[column] = next;
      scrubbed = true;
    }
    if (!scrubbed) continue;
    prepare(db, 'UPDATE change_msgs SET cells = ? WHERE seq = ?').run(packCells(cells), message.seq);
    changed = true;
  }
  return changed;
};

const scrubObject = (text: string | null, scrub: Scrubber): string | null => {
  if (text === null) return null;
  const object = JSON.parse(text) as RowValues;
  for (const [column, value] of Object.entries(object)) object[column] = scrub(column, value);
  return JSON.stringify(object);
};

/** The import log's before/after of the row (an import that updated the person kept their old values). */
const scrubImportLog = (db: Db, table: string, rowId: string, scrub: Scrubber): void => {
  const entries = prepare(
    db,
    'SELECT import_id, seq, before, after FROM import_changes WHERE tbl = ? AND row_id = ?',
  ).all(table, rowId) as { import_id: string; seq: number; before: string | null; after: string | null }[];
  for (const entry of entries) {
    const before = scrubObject(entry.before, scrub);
    const after = scrubObject(entry.after, scrub);
    if (before === entry.before && after === entry.after) continue;
    prepare(db, 'UPDATE import_changes SET before = ?, after = ? WHERE import_id = ? AND seq = ?').run(
      before,
      after,
      entry.import_id,
      entry.seq,
    );
  }
};

/** Messages parked for a later schema carry the cells too. */
const scrubParked = (db: Db, table: string, rowId: string, scrub: Scrubber): void => {
  const parked = prepare(
    db,
    "SELECT hlc, message FROM sync_parked WHERE json_extract(message, '$.table') = ? AND json_extract(message, '$.rowId') = ?",
  ).all(table, rowId) as { hlc: string; message: string }[];
  for (const entry of parked) {
    const message = JSON.parse(entry.message) as { cells: RowValues };
    message.cells = JSON.parse(scrubObject(JSON.stringify(message.cells), scrub) ?? '{}') as RowValues;
    const text = JSON.stringify(message);
    if (text !== entry.message) prepare(db, 'UPDATE sync_parked SET message = ? WHERE hlc = ?').run(text, entry.hlc);
  }
};

/** The conflict log keeps both values of a cell: the person's go as from the log. */
const scrubConflicts = (db: Db, table: string, rowId: string, scrub: Scrubber): void => {
  const entries = prepare(db, 'SELECT id, mine, theirs FROM sync_conflicts WHERE tbl = ? AND row_id = ?').all(
    table,
    rowId,
  ) as { id: number; mine: string; theirs: string }[];
  for (const entry of entries) {
    const mine = scrubObject(entry.mine, scrub);
    const theirs = scrubObject(entry.theirs, scrub);
    if (mine === entry.mine && theirs === entry.theirs) continue;
    prepare(db, 'UPDATE sync_conflicts SET mine = ?, theirs = ? WHERE id = ?').run(mine, theirs, entry.id);
  }
};

/**
 * Removes an erased contact's personal data from the history this device keeps: every change-log
 * message of their contact row and custom values (the cells become what the erase wrote, so any
 * order of messages folds to the erased row and a peer's stale edit arriving later folds to it
 * too), their identifiers in the text of their activities' messages, the import log, parked
 * messages and the conflict log. Idempotent; runs in the caller's transaction (with secure_delete on, so the old bytes
 * are overwritten). Returns the rows whose messages changed, to be merged again on a peer.
 */
export const scrubErasedContact = (
  db: Db,
  contactId: string,
  identifiers: Iterable<string> = collectIdentifiers(db, contactId),
): ScrubbedRow[] => {
  const scrubbers = scrubbersFor(redactIdentifiers(identifiers));
  const rows: ScrubbedRow[] = [
    { table: 'contacts', rowId: contactId },
    ...contactRowsOf(db, contactId).customValues.map((rowId) => ({ table: 'custom_values' as const, rowId })),
    ...contactRowsOf(db, contactId).activities.map((rowId) => ({ table: 'activities' as const, rowId })),
  ];
  const changed: ScrubbedRow[] = [];
  for (const row of rows) {
    const scrub = scrubbers[row.table] as Scrubber;
    if (scrubLog(db, row.table, row.rowId, scrub)) changed.push(row);
    scrubImportLog(db, row.table, row.rowId, scrub);
    scrubParked(db, row.table, row.rowId, scrub);
    scrubConflicts(db, row.table, row.rowId, scrub);
  }
  return changed;
};
