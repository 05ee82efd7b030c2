import type { Db } from '../db/Db';
import type { SyncedTable } from '../db/schema';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/migrations';
import { prepare } from '../db/sql';
import {
  advanceVersionVector,
  hasSyncMessage,
  messageAt,
  type NameIds,
  ownDeviceId,
  readVersionVector,
  createMessageBatch,
  rowHasMessages,
  type SyncCoverage,
} from './changeLogStore';
import { detectConflicts, type SenderKnowledge } from './conflicts/detectConflicts';
import { erasedContactsIn } from '../privacy/erasedContactsIn';
import { createMergeContext, type MergeOutcome, type MergeSearchRefresh, mergeRow } from './mergeRow';
import { purgeSearchIndex } from '../privacy/purgeSearchIndex';
import { scrubErasedContact } from '../privacy/scrubErasedContact';
import { withSecureDelete } from '../privacy/withSecureDelete';
import { DealsToReview } from './DealsToReview';
import { reviewMergedDeals } from './reviewMergedDeals';
import { SYNCED_TABLES } from './SYNCED_TABLES';
import type { ReceivedMessage, SyncMessage } from './SyncMessage';
import type { RowKeys } from './RowKeys';
import { tableShape } from './tableShape';

/** Stamps this far ahead of the local clock name their device as having a clock far off. */
export const MAX_CLOCK_AHEAD_MS = 10 * 60_000;

export type ApplyReport = {
  received: number;
  /** New messages stored and merged. */
  applied: number;
  /** Messages already held (a bundle imported twice, a re-send): nothing changes. */
  duplicates: number;
  /** Kept for later: from a newer schema, or naming a table or column this version lacks. */
  parked: number;
  /** Parked earlier and applied now (this device was upgraded meanwhile). */
  unparked: number;
  /** Rows still waiting (for a referenced row, or refused by a constraint). */
  pending: number;
  /** Deals whose merged state is flagged for review. */
  flagged: number;
  /** Conflicts recorded: this device's own changes replaced by, or kept over, concurrent ones. */
  conflicts: number;
  /** Tables whose rows changed, and `sync_conflicts` when conflicts were recorded (every receiver invalidates them). */
  touched: (SyncedTable | 'sync_conflicts')[];
  /** Devices whose clocks run far ahead of this one, by how much (ms). */
  clocksAhead: Record<string, number>;
  /** Erased contacts whose history this batch scrubbed: the caller checkpoints the WAL after commit. */
  erased: number;
};

const syncedTables = new Set<string>(SYNCED_TABLES);

const applicableHere = (db: Db, message: SyncMessage, schemaVersion: number): boolean => {
  if (message.schema > schemaVersion || !syncedTables.has(message.table)) return false;
  // The table's shape looked up once, not once per cell (a bundle brings 32M cells).
  const { columns } = tableShape(db, message.table);
  for (const column in message.cells) if (!columns.has(column)) return false;
  return true;
};

const isParked = (db: Db, stamp: string): boolean =>
  prepare(db, 'SELECT 1 FROM sync_parked WHERE hlc = ?').get(stamp) !== undefined;

/** Keeps a message for later, as a plain `SyncMessage` (a received one's stored form left out). */
const park = (db: Db, { stored: _stored, ...message }: ReceivedMessage): void => {
  prepare(db, 'INSERT INTO sync_parked (hlc, device_id, schema_version, message) VALUES (?, ?, ?, ?)').run(
    message.hlc,
    message.device,
    message.schema,
    JSON.stringify(message),
  );
};

/** Parked messages this schema can read now; they leave the parking and go through the batch. */
const takeUnparkable = (db: Db, schemaVersion: number): SyncMessage[] => {
  const texts = prepare(db, 'SELECT message FROM sync_parked WHERE schema_version <= ? ORDER BY hlc')
    .pluck()
    .all(schemaVersion) as string[];
  const messages = texts.map((text) => JSON.parse(text) as SyncMessage);
  const ready = messages.filter((message) => applicableHere(db, message, schemaVersion));
  for (const message of ready) prepare(db, 'DELETE FROM sync_parked WHERE hlc = ?').run(message.hlc);
  return ready;
};

/**
 * What the batch's newest change of each device says of its clock: ahead (by how much, as of now)
 * or not. The newest evidence replaces what was noted before, so the warning goes once the
 * device's changes come with true times again (its clock set right, or the lead caught up with).
 */
const noteClocks = (db: Db, newestAt: ReadonlyMap<string, number>, now: number): void => {
  for (const [device, at] of newestAt) {
    const ahead = at - now;
    if (ahead > MAX_CLOCK_AHEAD_MS) {
      prepare(
        db,
        `INSERT INTO sync_peers (device_id, clock_ahead_ms, clock_seen_at) VALUES (?, ?, ?)
         ON CONFLICT (device_id) DO UPDATE SET clock_ahead_ms = excluded.clock_ahead_ms,
           clock_seen_at = excluded.clock_seen_at`,
      ).run(device, ahead, now);
    } else {
      prepare(
        db,
        'UPDATE sync_peers SET clock_ahead_ms = NULL, clock_seen_at = ? WHERE device_id = ? AND clock_ahead_ms IS NOT NULL',
      ).run(now, device);
    }
  }
};

/** Moves the vector where the batch covers on from what is held; a gap leaves it (re-sent later). */
const coverVersionVector = (db: Db, coverage: SyncCoverage): void => {
  const held = readVersionVector(db);
  for (const [device, { after, through }] of Object.entries(coverage)) {
    const mine = held[device];
    if (after === null || (mine !== undefined && after <= mine)) advanceVersionVector(db, device, through);
  }
};

const tableOrder = new Map(SYNCED_TABLES.map((table, index) => [table, index]));

type RowRef = {
  table: SyncedTable;
  rowId: string;
  /** Every message the log holds for the row, when all came in this batch (mergeRow's `known`). */
  known?: SyncMessage[];
};

/**
 * Merges rows in reference order, then retries rows left pending (now or by an earlier batch)
 * while any of them gets written: a deal that came before its company is written once the
 * company is.
 */
const mergeRows = (
  db: Db,
  rows: RowRef[],
  report: ApplyReport,
  dealsToReview: DealsToReview,
  searchRefresh?: MergeSearchRefresh,
  present?: RowKeys,
  emptyTables?: ReadonlySet<string>,
): void => {
  const touched = new Set(report.touched);
  let written = 0;
  const merged = (table: SyncedTable, rowId: string, outcome: MergeOutcome) => {
    if (outcome.kind !== 'written') return;
    written += 1;
    touched.add(table);
    dealsToReview.note(table, rowId, outcome);
  };
  // New rows are written several to a statement; each is told to `merged` once written.
  const context = createMergeContext(db, searchRefresh, present, merged, emptyTables);
  const mergeAll = (list: readonly RowRef[]) => {
    for (const { table, rowId, known } of list) merged(table, rowId, mergeRow(db, table, rowId, known, context));
    context.inserts?.flush();
  };
  const byTable = (a: RowRef, b: RowRef) => (tableOrder.get(a.table) ?? 0) - (tableOrder.get(b.table) ?? 0);
  mergeAll([...rows].sort(byTable));
  for (;;) {
    const before = written;
    mergeAll((prepare(db, 'SELECT tbl AS "table", row_id AS rowId FROM sync_pending').all() as RowRef[]).sort(byTable));
    if (written === before) break;
  }
  report.touched = [...touched];
};

/**
 * Applies a batch of peer messages (DESIGN §7) in the caller's write transaction: each new one
 * is stored as it came (a device relays others' messages unchanged) and the rows it names are
 * merged; a message already held changes nothing, so a batch may be applied again, in any order,
 * with any repetition, and every device holding the same messages holds the same rows. Nothing
 * is refused: what cannot be applied yet is kept (parked or pending), and a state a rule forbids
 * is flagged for review.
 */
export const applySyncMessages = (
  db: Db,
  messages: Iterable<ReceivedMessage>,
  now: number,
  options: {
    /** What the batch carries whole (a bundle of what this device lacked): the vector moves by it. */
    coverage?: SyncCoverage;
    /** This file's schema version (tests pretend to be an upgraded device). */
    schemaVersion?: number;
    /**
     * What the sender knew when it wrote the batch (conflicts.detectConflicts); without it every
     * replaced change of this device counts as concurrent.
     */
    sender?: SenderKnowledge;
    /**
     * Search entries of merged rows noted for one pass at the caller's end (a bundle's import
     * batches them: ChangeWriter.batchSearch) instead of rewritten row by row.
     */
    search?: { searchRefresh: MergeSearchRefresh; flushSearch(): void };
    /**
     * Referenced rows found present, kept by the caller across the batches of one transaction (a
     * bundle's steps): a merge never deletes a row, so each is looked up once.
     */
    present?: RowKeys;
    /**
     * Rows the log holds messages of, kept by the caller across a bulk load's batches (the log's
     * rows read once at its start, each row stored since added): no probe of the log per new row.
     */
    logged?: RowKeys;
    /** Synced tables that held no row when the caller's bulk load began (MergeContext.emptyTables). */
    emptyTables?: ReadonlySet<string>;
    /**
     * Contacts found here, not erased and not waiting, kept by the caller across the batches of
     * one transaction (erasedContactsIn's `settled`): each is read once, not at every step.
     */
    settledContacts?: Set<string>;
    /**
     * Deals merged, collected by the caller across the batches of one transaction and checked
     * against the gate once at its end (reviewMergedDeals; `flagged` is then the caller's): a
     * bundle's steps merge a deal again and again, and only its last state is kept; a deal that
     * arrived in an earlier step is still the peer's in a later one.
     */
    dealsToReview?: DealsToReview;
  } = {},
): ApplyReport => {
  const schemaVersion = options.schemaVersion ?? LATEST_SCHEMA_VERSION;
  const report: ApplyReport = {
    received: 0,
    applied: 0,
    duplicates: 0,
    parked: 0,
    unparked: 0,
    pending: 0,
    flagged: 0,
    conflicts: 0,
    touched: [],
    clocksAhead: {},
    erased: 0,
  };
  const rows = new Map<string, RowRef>();
  const stored: ReceivedMessage[] = [];
  /** The stamps stored by this batch: a message repeated within it is a duplicate too. */
  const storedStamps = new Set<string>();
  const names: NameIds = new Map();
  const batch = createMessageBatch(db, names);
  const store = (message: ReceivedMessage) => {
    const key = `${message.table}\u0000${message.rowId}`;
    let row = rows.get(key);
    if (row === undefined) {
      // A row with no history here (most of a first bundle) merges from the batch's messages alone.
      // (Messages still waiting to be stored are of rows already in `rows`.)
      // A bulk load's set of logged rows gains the row, saying whether it held it already.
      const { logged } = options;
      const hasHistory = logged
        ? !logged.add(message.table, message.rowId)
        : rowHasMessages(db, message.table, message.rowId, names);
      const known = hasHistory ? undefined : [];
      row = { table: message.table as SyncedTable, rowId: message.rowId, ...(known ? { known } : {}) };
      rows.set(key, row);
    }
    batch.add(message);
    row.known?.push(message);
    stored.push(message);
    storedStamps.add(message.hlc);
  };
  // The log as it was before the batch: what is past it is the batch's, at hand.
  const loggedThrough = prepare(db, 'SELECT coalesce(max(seq), 0) FROM change_msgs').pluck().get() as number;
  for (const message of takeUnparkable(db, schemaVersion)) {
    store(message);
    report.unparked += 1;
  }
  // Parked messages are few and mostly none: the probe per message is spared while none is.
  let parkedMayHold = prepare(db, 'SELECT 1 FROM sync_parked LIMIT 1').get() !== undefined;
  const newestAt = new Map<string, number>();
  for (const message of messages) {
    report.received += 1;
    if (
      storedStamps.has(message.hlc) ||
      hasSyncMessage(db, message.stored?.stamp ?? message.hlc, names) ||
      (parkedMayHold && isParked(db, message.hlc))
    ) {
      report.duplicates += 1;
      continue;
    }
    const at = messageAt(message);
    if (at > (newestAt.get(message.device) ?? -Infinity)) newestAt.set(message.device, at);
    if (at - now > MAX_CLOCK_AHEAD_MS) {
      report.clocksAhead[message.device] = Math.max(report.clocksAhead[message.device] ?? 0, at - now);
    }
    if (!applicableHere(db, message, schemaVersion)) {
      park(db, message);
      parkedMayHold = true;
      report.parked += 1;
      continue;
    }
    store(message);
    report.applied += 1;
  }
  noteClocks(db, newestAt, now);
  // Stored before anything below reads the log.
  batch.flush();
  if (options.coverage) coverVersionVector(db, options.coverage);
  const own = ownDeviceId(db);
  if (own !== undefined && stored.length > 0) {
    const fresh = new Set(stored.map((message) => message.hlc));
    // A row whose every message is new here holds no change of this device: no conflict to look for.
    const held = [...rows.values()].filter((row) => row.known === undefined);
    report.conflicts = detectConflicts(db, held, fresh, own, options.sender ?? null, now);
    if (report.conflicts > 0) report.touched = [...report.touched, 'sync_conflicts'];
  }
  const dealsToReview = options.dealsToReview ?? new DealsToReview();
  const erased = erasedContactsIn(db, stored, loggedThrough, options.settledContacts);
  if (erased.length === 0) {
    mergeRows(
      db,
      [...rows.values()],
      report,
      dealsToReview,
      options.search?.searchRefresh,
      options.present,
      options.emptyTables,
    );
  } else {
    // A peer's erase (or a stale message about a person erased here): the person's history is
    // scrubbed before the merge, so every device folds the same erased row, whatever the order.
    // Entries noted so far are written first, and these rows' now: the purge below must find
    // every entry that held the person's words already replaced.
    options.search?.flushSearch();
    withSecureDelete(db, () => {
      for (const contactId of erased) {
        for (const row of scrubErasedContact(db, contactId)) rows.set(`${row.table}\u0000${row.rowId}`, row);
      }
      // A scrub rewrites histories: every row is read back from the log, not from the batch.
      mergeRows(
        db,
        [...rows.values()].map(({ table, rowId }) => ({ table, rowId })),
        report,
        dealsToReview,
      );
      purgeSearchIndex(db);
    });
    report.erased = erased.length;
  }
  if (options.dealsToReview === undefined) report.flagged = reviewMergedDeals(db, dealsToReview.ids(), now);
  report.pending = prepare(db, 'SELECT count(*) FROM sync_pending').pluck().get() as number;
  return report;
};
