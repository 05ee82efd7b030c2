import type pg from 'pg';
import type { HandlerContext } from '../HandlerContext';
import { type ApplyReport, applySyncMessages } from '../sync/applySyncMessages';
import type { SyncMessage } from '../sync/SyncMessage';
import { checkpointAfterErase } from '../privacy/checkpointAfterErase';
import { dropUnscopedRows, type UnscopedRow } from './dropUnscopedRows';
import { listUnseenRows } from './listUnseenRows';
import { readHubCursor, writeHubCursor } from './hubCursor';

export type PullProgress = {
  /**
   * Sequence numbers covered so far of the range this pull started with — from the hub's beginning
   * while the device has never finished a sync (a resumed first sync) — a rough share: a rep sees part.
   */
  done: number;
  total: number;
  /** Messages received over the same range: a resumed first sync counts on from its earlier runs (m0079). */
  received: number;
};

export type PullReport = {
  received: number;
  applied: number;
  duplicates: number;
  pending: number;
  flagged: number;
  /** A full pull started over because this person's access changed (role, team). */
  restarted: boolean;
  /** Rows removed here because they left this person's view (a deal reassigned away, a new role or team). */
  dropped: number;
  cursor: number;
  head: number;
};

type MessageRow = {
  seq: string;
  device: string;
  hlc: string;
  actor: string | null;
  at: string | null;
  tbl: string;
  row_id: string;
  cells: string;
  schema_version: number;
};

const SELECT_MESSAGE =
  'SELECT m.seq, m.device, m.hlc, m.actor, m.at, m.tbl, m.row_id, m.cells, m.schema_version FROM hub.messages m';

const messageOf = (row: MessageRow): SyncMessage => ({
  hlc: row.hlc,
  device: row.device,
  actor: row.actor,
  at: row.at === null ? null : Number(row.at),
  table: row.tbl,
  rowId: row.row_id,
  cells: JSON.parse(row.cells) as SyncMessage['cells'],
  schema: row.schema_version,
});

/**
 * Applies one page in one local transaction; `cursor`, when given, moves in that same
 * transaction: the page is held here exactly when the cursor says so, whatever fails after.
 * A hub's page is a filtered slice (row-level security), never a device's whole run of messages,
 * so it claims no coverage: the version vector moves only by what a batch carries whole.
 */
const applyPage = (
  ctx: HandlerContext,
  hubId: string,
  rows: MessageRow[],
  cursor: { pullSeq: number; pullReceived: number } | null,
): ApplyReport => {
  const report = ctx.write((writer, now) => {
    const applied = applySyncMessages(ctx.db, rows.map(messageOf), now);
    for (const table of applied.touched) writer.markTouched(table);
    if (cursor !== null) {
      writeHubCursor(ctx.db, hubId, { ...cursor, pullReceived: cursor.pullReceived + applied.received });
    }
    return applied;
  });
  if (report.erased > 0) checkpointAfterErase(ctx.db);
  return report;
};

const DROPPABLE = ['deals', 'activities', 'stage_transitions', 'deal_checks', 'companies', 'contacts'] as const;

/** In one local transaction (with the sweep flag's clearing, when given); the views of what left refresh. */
const dropUnscoped = (ctx: HandlerContext, rows: UnscopedRow[], sweptHub?: string): number =>
  ctx.write((writer) => {
    const dropped = dropUnscopedRows(ctx.db, rows);
    if (sweptHub !== undefined) writeHubCursor(ctx.db, sweptHub, { sweepPending: false });
    if (dropped > 0) for (const table of DROPPABLE) writer.markTouched(table);
    return dropped;
  });

export type HubIdentity = {
  hubId: string;
  schemaVersion: number;
  login: string;
  userId: string | null;
  role: 'rep' | 'manager' | 'admin' | null;
  team: string | null;
  accessSeq: number;
};

/**
 * Pulls what is new for this person since the device's cursor, in pages by the hub's sequence
 * number, applying each with the merge engine and moving the cursor in the same local commit: a
 * dropped connection or a restart resumes after the last applied page, losing and repeating
 * nothing. Rows whose scope moved to this person since (a deal reassigned to them) first bring
 * their older history; a change of the person's role or team starts a full pull over.
 */
export const pullFromHub = async (
  ctx: HandlerContext,
  client: pg.Client,
  who: HubIdentity,
  options: { pageSize?: number; signal?: AbortSignal; onProgress?: (progress: PullProgress) => void } = {},
): Promise<PullReport> => {
  const pageSize = options.pageSize ?? 1000;
  const { hubId } = who;
  let cursor = readHubCursor(ctx.db, hubId);
  const report: PullReport = {
    received: 0,
    applied: 0,
    duplicates: 0,
    pending: 0,
    flagged: 0,
    restarted: false,
    dropped: 0,
    cursor: cursor.pullSeq,
    head: 0,
  };
  const add = (applied: ApplyReport) => {
    report.received += applied.received;
    report.applied += applied.applied + applied.unparked;
    report.duplicates += applied.duplicates;
    report.pending = applied.pending;
    report.flagged += applied.flagged;
  };
  if (who.accessSeq > cursor.accessSeq) {
    report.restarted = cursor.pullSeq > 0;
    // What this device holds was pulled under the old access: sweep it once the new full pull is in.
    const sweepPending = cursor.sweepPending || cursor.pullSeq > 0;
    ctx.write(() =>
      writeHubCursor(ctx.db, hubId, { pullSeq: 0, pullReceived: 0, accessSeq: who.accessSeq, sweepPending }),
    );
    cursor = readHubCursor(ctx.db, hubId);
  }
  const head = Number((await client.query<{ head: string }>('SELECT hub.head() AS head')).rows[0]?.head ?? 0);
  report.head = head;
  const start = cursor.pullSeq;
  // A first sync resumed after a stop counts from the hub's beginning (the bar goes on from where
  // it stopped); a later sync counts what is new since its cursor.
  const base = cursor.lastSyncAt === null ? 0 : start;
  // The count goes on the same way: what the earlier runs of this first sync received, kept with
  // the cursor; a later sync counts from zero.
  const receivedBefore = cursor.lastSyncAt === null ? cursor.pullReceived : 0;
  const received = () => receivedBefore + report.received;
  const progress = (at: number) =>
    options.onProgress?.({
      done: Math.max(0, at - base),
      total: Math.max(0, head - base),
      received: received(),
    });
  // Older history of rows that came into this person's view since the cursor — this device's own
  // messages too: a deal reassigned away and back left this device with its history (what is
  // still here is skipped as a duplicate).
  if (start > 0) {
    let after = 0;
    for (;;) {
      options.signal?.throwIfAborted();
      const { rows } = await client.query<MessageRow>(
        `${SELECT_MESSAGE} JOIN hub.rescoped($1) r ON r.tbl = m.tbl AND r.row_id = m.row_id
         WHERE m.seq <= $1 AND m.seq > $2 ORDER BY m.seq LIMIT $3`,
        [start, after, pageSize],
      );
      if (rows.length === 0) break;
      add(applyPage(ctx, hubId, rows, null));
      after = Number(rows.at(-1)!.seq);
    }
  }
  progress(start);
  let at = start;
  while (at < head) {
    options.signal?.throwIfAborted();
    const { rows } = await client.query<MessageRow>(
      `${SELECT_MESSAGE} WHERE m.seq > $1 AND m.seq <= $2 AND m.device <> $3 ORDER BY m.seq LIMIT $4`,
      [at, head, ctx.deviceId, pageSize],
    );
    // A short page is the last: everything up to the head this person may see is here.
    const through = rows.length < pageSize ? head : Number(rows.at(-1)!.seq);
    add(applyPage(ctx, hubId, rows, { pullSeq: through, pullReceived: received() }));
    at = through;
    report.cursor = at;
    progress(at);
  }
  // Deals reassigned away since this pull's start leave this device (not the hub).
  if (start > 0) {
    options.signal?.throwIfAborted();
    const { rows } = await client.query<UnscopedRow>('SELECT tbl, row_id FROM hub.unscoped($1)', [start]);
    if (rows.length > 0) report.dropped = dropUnscoped(ctx, rows);
  }
  // A new role or team: whatever the hub knows that this person no longer sees leaves this device.
  if (cursor.sweepPending) {
    const signal = options.signal ? { signal: options.signal } : {};
    const unseen = await listUnseenRows(ctx.db, client, { pageSize, ...signal });
    report.dropped += dropUnscoped(ctx, unseen, hubId);
  }
  await client.query('SELECT hub.note_pull($1)', [ctx.deviceId]);
  return report;
};
