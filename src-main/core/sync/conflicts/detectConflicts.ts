import { foldRowMessages, type CellValue } from '@shared/domain/sync/foldRowMessages';
import { mergeUnitOf } from '@shared/domain/sync/mergeUnitOf';
import type { VersionVector } from '@shared/domain/sync/VersionVector';
import { versionVectorHas } from '@shared/domain/sync/versionVectorHas';
import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';
import { messageAt, readRowMessages } from '../changeLogStore';
import type { SyncMessage } from '../SyncMessage';
import { tableShape } from '../tableShape';

/**
 * What the sender of a batch knew, for telling a concurrent change from a later one: its version
 * vector when it wrote the batch, and the stamps of changes it kept its own value over (its `won`
 * conflicts): a change of this device the sender held, but only after writing over it.
 */
export type SenderKnowledge = { vector: VersionVector; overrides: readonly string[] };

type Cells = Record<string, CellValue>;

type Conflict = {
  table: string;
  rowId: string;
  columns: readonly string[];
  side: 'lost' | 'won';
  mine: Cells;
  mineStamp: string;
  theirs: Cells;
  /** The message whose value is `theirs`. */
  by: SyncMessage;
};

const pick = (cells: Cells, columns: readonly string[]): Cells => {
  const picked: Cells = {};
  for (const column of columns) if (column in cells) picked[column] = cells[column] ?? null;
  return picked;
};

const sameCells = (a: Cells, b: Cells): boolean =>
  Object.keys({ ...a, ...b }).every((column) => (a[column] ?? null) === (b[column] ?? null));

/** The newest stamp among a unit's cells in a fold (a unit comes whole from one message). */
const unitStamp = (stamps: Record<string, string>, unit: readonly string[]): string | undefined => {
  let newest: string | undefined;
  for (const column of unit) {
    const stamp = stamps[column];
    if (stamp !== undefined && (newest === undefined || stamp > newest)) newest = stamp;
  }
  return newest;
};

const OWN_CELL = `SELECT 1 FROM change_msgs WHERE tbl = (SELECT id FROM change_names WHERE name = ?) AND row_id = ?
  AND device = (SELECT id FROM change_names WHERE name = ?) LIMIT 1`;

const fold = (messages: readonly SyncMessage[]) =>
  foldRowMessages(messages.map((message) => ({ stamp: message.hlc, at: messageAt(message), cells: message.cells })));

/**
 * The conflicts one row's new messages make with this device's own changes (DESIGN §7: nothing
 * is silently lost). Per merge unit the incoming messages carry:
 * - `lost`: the unit's value here came from this device and a new message replaces it, written by
 *   a sender that did not hold this device's change (its vector does not cover the stamp, or it
 *   says it wrote over it);
 * - `won`: this device's value stays over a new message with an older stamp: that message was
 *   written without knowing this device's change (a later write would carry a later stamp).
 * And a peer's delete of a row this device changed unseen is a `lost` of `deleted_at`; a peer's
 * edit of a row this device deleted unseen is a `won` of it.
 * Equal values are no conflict (both devices set the same).
 */
const conflictsOfRow = (
  db: Db,
  table: string,
  rowId: string,
  fresh: ReadonlySet<string>,
  own: string,
  sender: SenderKnowledge | null,
): Conflict[] => {
  // Most rows of a batch were never written here (a first bundle, a peer's new records): one
  // index probe instead of reading and parsing their messages.
  if (prepare(db, OWN_CELL).get(table, rowId, own) === undefined) return [];
  const messages = readRowMessages(db, table, rowId);
  const held = messages.filter((message) => !fresh.has(message.hlc));
  const incoming = messages.filter((message) => fresh.has(message.hlc));
  if (incoming.length === 0 || !held.some((message) => message.device === own)) return [];
  const byStamp = new Map(messages.map((message) => [message.hlc, message]));
  const overrides = new Set(sender?.overrides ?? []);
  const senderHad = (stamp: string) =>
    sender !== null && versionVectorHas(sender.vector, own, stamp) && !overrides.has(stamp);
  // Rows with fixed ids (the default workspace) are created on every device: their creations are
  // no one's edit, so a creation of such a row is no side of a conflict.
  // (A creation carries every required cell that is logged at all: not `updated_at`, nor derived ones.)
  const required = tableShape(db, table).required.filter((column) =>
    messages.some((message) => column in message.cells),
  );
  const creations = messages.filter((message) => required.every((column) => column in message.cells));
  const createdOnMany = new Set(creations.map((message) => message.device)).size > 1;
  const seeded = (message: SyncMessage | undefined) =>
    createdOnMany && message !== undefined && creations.includes(message);
  const before = fold(held);
  const after = fold(messages);
  const units = new Map<string, readonly string[]>();
  for (const message of incoming) {
    for (const column of Object.keys(message.cells)) {
      const unit = mergeUnitOf(table, column) ?? [column];
      units.set(unit.join(','), unit);
    }
  }
  const found: Conflict[] = [];
  for (const unit of units.values()) {
    const mineStamp = unitStamp(before.stamps, unit);
    if (mineStamp === undefined || byStamp.get(mineStamp)?.device !== own || seeded(byStamp.get(mineStamp))) continue;
    const mine = pick(before.cells, unit);
    const winner = unitStamp(after.stamps, unit) as string;
    if (winner !== mineStamp) {
      if (senderHad(mineStamp) || seeded(byStamp.get(winner))) continue;
      const theirs = pick(after.cells, unit);
      if (!sameCells(mine, theirs)) {
        found.push({ table, rowId, columns: unit, side: 'lost', mine, mineStamp, theirs, by: byStamp.get(winner)! });
      }
      continue;
    }
    const older = incoming
      .filter((message) => message.hlc < mineStamp && unit.some((column) => column in message.cells))
      .at(-1);
    if (older === undefined || seeded(older)) continue;
    const theirs = pick(older.cells, unit);
    if (!sameCells(pick(mine, Object.keys(theirs)), theirs)) {
      found.push({ table, rowId, columns: unit, side: 'won', mine, mineStamp, theirs, by: older });
    }
  }
  // A peer's delete of a row this device changed meanwhile: the change is gone with the row.
  const deletedBy = after.stamps.deleted_at;
  if (
    deletedBy !== undefined &&
    fresh.has(deletedBy) &&
    after.cells.deleted_at !== null &&
    (before.cells.deleted_at ?? null) === null &&
    !found.some((conflict) => conflict.columns.includes('deleted_at'))
  ) {
    const unseen = held.filter((message) => message.device === own && !senderHad(message.hlc)).at(-1);
    if (unseen !== undefined) {
      found.push({
        table,
        rowId,
        columns: ['deleted_at'],
        side: 'lost',
        mine: { deleted_at: null },
        mineStamp: unseen.hlc,
        theirs: { deleted_at: after.cells.deleted_at ?? null },
        by: byStamp.get(deletedBy)!,
      });
    }
  }
  // And the other way round: a peer's edit of a row this device deleted meanwhile lands in a
  // deleted row. Recorded as kept over it, which also tells the peer (overrides) its edit is gone.
  const deletedHere = before.stamps.deleted_at;
  if (
    deletedHere !== undefined &&
    before.cells.deleted_at !== null &&
    byStamp.get(deletedHere)?.device === own &&
    after.stamps.deleted_at === deletedHere &&
    !found.some((conflict) => conflict.columns.includes('deleted_at'))
  ) {
    const edit = incoming
      .filter((message) => !('deleted_at' in message.cells) && (message.hlc < deletedHere || !senderHad(deletedHere)))
      .at(-1);
    if (edit !== undefined) {
      found.push({
        table,
        rowId,
        columns: ['deleted_at'],
        side: 'won',
        mine: { deleted_at: before.cells.deleted_at ?? null },
        mineStamp: deletedHere,
        theirs: { deleted_at: null },
        by: edit,
      });
    }
  }
  return found;
};

/**
 * Records, in the caller's transaction, the conflicts a batch's new messages (`fresh`, their
 * stamps) make on the rows they name. A batch applied again brings no new messages and records
 * nothing; a merge unit and pair of stamps is recorded once (m0080).
 */
export const detectConflicts = (
  db: Db,
  rows: Iterable<{ table: string; rowId: string }>,
  fresh: ReadonlySet<string>,
  own: string,
  sender: SenderKnowledge | null,
  now: number,
): number => {
  const insert = prepare(
    db,
    `INSERT OR IGNORE INTO sync_conflicts (tbl, row_id, columns, side, mine, mine_stamp, theirs, theirs_stamp,
       their_device, their_actor, their_at, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let recorded = 0;
  for (const { table, rowId } of rows) {
    for (const conflict of conflictsOfRow(db, table, rowId, fresh, own, sender)) {
      recorded += insert.run(
        conflict.table,
        conflict.rowId,
        JSON.stringify(conflict.columns),
        conflict.side,
        JSON.stringify(conflict.mine),
        conflict.mineStamp,
        JSON.stringify(conflict.theirs),
        conflict.by.hlc,
        conflict.by.device,
        conflict.by.actor,
        messageAt(conflict.by),
        now,
      ).changes;
    }
  }
  return recorded;
};

/** The stamps of peers' changes this device kept its own value over: sent with every batch. */
export const readOverrides = (db: Db): string[] =>
  prepare(db, "SELECT DISTINCT theirs_stamp FROM sync_conflicts WHERE side = 'won' ORDER BY theirs_stamp")
    .pluck()
    .all() as string[];
