import type { HandlerContext } from '../../HandlerContext';
import { DomainError } from '../../DomainError';
import type { Db } from '../../db/Db';
import { prepare, prepareRaw } from '../../db/sql';
import { checkpointAfterErase } from '../../privacy/checkpointAfterErase';
import { type ApplyReport, applySyncMessages } from '../applySyncMessages';
import { noteTransportSync } from '../noteTransportSync';
import { RowKeys } from '../RowKeys';
import { SYNCED_TABLES } from '../SYNCED_TABLES';
import type { ReceivedMessage } from '../SyncMessage';
import { BundleError, type BundleHeader, openBundle } from './bundleCodec';
import { isBulkLoad, withBulkLoadIndexes } from './withBulkLoadIndexes';
import { DealsToReview } from '../DealsToReview';
import { reviewMergedDeals } from '../reviewMergedDeals';
import { DEFER_SEARCH_FROM } from '../../search/searchBacklog';

export type BundleImport = { header: BundleHeader; report: ApplyReport };

/** Messages merged per step: between steps other calls are answered and a cancel is seen. */
const CHUNK = 2000;

/**
 * SQLite's page cache while a bundle is imported (KiB, as `cache_size` takes it negative): a
 * whole workspace's import writes about 2 GB in one transaction, and with the default 2 MB every
 * index page it touches again is read back and its changes spilled to the WAL over and over.
 */
const IMPORT_CACHE_KIB = 256 * 1024;

/** Runs the import with the larger cache, and gives the connection its own back afterwards. */
const withImportCache = async <T>(db: Db, work: () => Promise<T>): Promise<T> => {
  const before = db.sqlite.pragma('cache_size', { simple: true }) as number;
  db.sqlite.pragma(`cache_size = ${-IMPORT_CACHE_KIB}`);
  try {
    return await work();
  } finally {
    db.sqlite.pragma(`cache_size = ${before}`);
  }
};

export type BundleImportOptions = {
  passphrase?: string;
  /** Asked between steps; true rolls the whole import back. */
  cancelled?: () => boolean;
  onProgress?: (done: number, total: number) => void;
  /** Messages merged per step (CHUNK unless given: tests take small steps to cross their bounds). */
  messagesPerStep?: number;
  /** The smallest bundle loaded as a bulk load (isBulkLoad's default unless given: tests load small ones so). */
  bulkLoadFrom?: number;
  /** The smallest bundle whose new records are searchable only after the catch-up (DEFER_SEARCH_FROM unless given). */
  deferSearchFrom?: number;
};

/**
 * The rows the log holds messages of, read once for a bulk load: the device holds a fraction of
 * what comes (isBulkLoad), and a million probes of the log's row index cost more than the set.
 */
const loggedRows = (db: Db): RowKeys => {
  const rows = new RowKeys();
  const read = prepareRaw(
    db,
    'SELECT DISTINCT t.name, m.row_id FROM change_msgs m JOIN change_names t ON t.id = m.tbl',
  );
  for (const [table, rowId] of read.iterate() as Iterable<[string, string]>) rows.add(table, rowId);
  return rows;
};

/** The synced tables with no row, as a bulk load begins (MergeContext.emptyTables). */
const emptyTables = (db: Db): Set<string> =>
  new Set(SYNCED_TABLES.filter((table) => prepare(db, `SELECT 1 FROM "${table}" LIMIT 1`).get() === undefined));

const sum = (a: ApplyReport, b: ApplyReport): ApplyReport => ({
  received: a.received + b.received,
  applied: a.applied + b.applied,
  duplicates: a.duplicates + b.duplicates,
  parked: a.parked + b.parked,
  unparked: a.unparked + b.unparked,
  pending: b.pending,
  flagged: a.flagged + b.flagged,
  conflicts: a.conflicts + b.conflicts,
  touched: [...new Set([...a.touched, ...b.touched])],
  clocksAhead: { ...a.clocksAhead, ...b.clocksAhead },
  erased: a.erased + b.erased,
});

const cancelledError = () =>
  new DomainError('CANCELLED', 'The bundle import was cancelled', { reason: 'sync_import_cancelled' });

/**
 * Verifies and applies a bundle. The maker's key is remembered on first sight; a later bundle
 * naming the same device with another key is refused (someone else signing as that device).
 * Afterwards the maker's vector is kept, so the next bundle back holds only what it lacks.
 * All in one transaction, merged in steps: a cancel (or a failure) leaves nothing of it; any
 * subset of a batch is itself a valid batch, and the vector moves by the coverage only with the
 * last step.
 */
export const importSyncBundle = async (
  ctx: HandlerContext,
  file: Buffer,
  options: BundleImportOptions = {},
): Promise<BundleImport> => {
  const { header, messages } = openBundle(file, options.passphrase);
  if (header.device === ctx.deviceId) throw new BundleError('This bundle was made on this device.', 'own_bundle');
  const known = prepare(ctx.db, 'SELECT public_key FROM sync_peers WHERE device_id = ?').pluck().get(header.device) as
    string | null | undefined;
  if (known && known !== header.publicKey) {
    throw new BundleError(
      `The bundle claims device ${header.device} but is signed by another key than before.`,
      'key_changed',
    );
  }
  const sender = { vector: header.vector, overrides: header.overrides };
  const imported = await withImportCache(ctx.db, () =>
    ctx.writeInSteps(async (writer, now, step) => {
      // Merged rows' search entries are written in one pass at the end (writeInSteps flushes them);
      // a large bundle's new rows get theirs after the commit (the search catches up).
      writer.batchSearch({ deferFresh: header.messageCount >= (options.deferSearchFrom ?? DEFER_SEARCH_FROM) });
      const merge = async (bulk?: { logged: RowKeys; emptyTables: ReadonlySet<string> }): Promise<ApplyReport> => {
        let report: ApplyReport | null = null;
        const present = new RowKeys();
        const settledContacts = new Set<string>();
        const dealsToReview = new DealsToReview();
        const total = header.messageCount;
        const reader = messages();
        let next = reader.next();
        let done = 0;
        do {
          if (options.cancelled?.()) throw cancelledError();
          // Parsed a step at a time: a damaged line throws here, and the whole import rolls back.
          const chunk: ReceivedMessage[] = [];
          while (!next.done && chunk.length < (options.messagesPerStep ?? CHUNK)) {
            chunk.push(next.value);
            next = reader.next();
          }
          const last = next.done === true;
          const part = applySyncMessages(ctx.db, chunk, now, {
            sender,
            search: writer,
            present,
            settledContacts,
            dealsToReview,
            ...(bulk ?? {}),
            ...(last ? { coverage: header.coverage } : {}),
          });
          report = report === null ? part : sum(report, part);
          done += chunk.length;
          options.onProgress?.(done, total);
          await step();
        } while (!next.done);
        if (options.cancelled?.()) throw cancelledError();
        // The gate review of every deal merged, once, in its final state.
        return { ...report, flagged: reviewMergedDeals(ctx.db, dealsToReview.ids(), now) };
      };
      const report = isBulkLoad(ctx.db, header.messageCount, options.bulkLoadFrom)
        ? await withBulkLoadIndexes(ctx.db, () =>
            merge({ logged: loggedRows(ctx.db), emptyTables: emptyTables(ctx.db) }),
          )
        : await merge();
      for (const table of report.touched) writer.markTouched(table);
      writer.markTouched('sync_peers');
      prepare(
        ctx.db,
        `INSERT INTO sync_peers (device_id, public_key, actor_name, version_vector, last_sync_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (device_id) DO UPDATE SET public_key = excluded.public_key, actor_name = excluded.actor_name,
         version_vector = excluded.version_vector, last_sync_at = excluded.last_sync_at`,
      ).run(header.device, header.publicKey, header.actorName, JSON.stringify(header.vector), now);
      noteTransportSync(ctx.db, {
        deviceId: header.device,
        transport: 'bundle',
        direction: 'in',
        at: now,
        messages: report.applied,
      });
      return { header, report };
    }),
  );
  // A peer's erase reached this device: the WAL's old frames go too (see eraseContact).
  if (imported.report.erased > 0) checkpointAfterErase(ctx.db);
  return imported;
};
