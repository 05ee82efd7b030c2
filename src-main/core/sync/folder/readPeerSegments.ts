import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSegmentReason } from '@shared/contract/schemas/syncFolder';
import type { HandlerContext } from '../../HandlerContext';
import { prepare, transaction } from '../../db/sql';
import { findSegment, type SegmentRecord, writeSegment } from '../../modules/syncFolder/syncFolder.repo';
import { checkpointAfterErase } from '../../privacy/checkpointAfterErase';
import { applySyncMessages } from '../applySyncMessages';
import { type BundleHeader, decodeBundle } from '../bundle/bundleCodec';
import { noteTransportSync } from '../noteTransportSync';
import { segmentReasonOf } from './segmentReasonOf';
import { listPeerFolders, listSegments } from './segmentFiles';

type SegmentFile = { deviceId: string; name: string; seq: number; path: string };

export type ReadOutcome = { segments: number; applied: number; skipped: number };

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Did the file stay as it was when last recorded (applied or refused)? Then it is not read again. */
const unchanged = (record: SegmentRecord | undefined, size: number, mtimeMs: number): boolean =>
  record !== undefined && record.state !== 'incomplete' && record.size === size && record.mtime_ms === mtimeMs;

const knownKeyOf = (ctx: HandlerContext, deviceId: string): string | null =>
  (prepare(ctx.db, 'SELECT public_key FROM sync_peers WHERE device_id = ?').pluck().get(deviceId) as
    string | null | undefined) ?? null;

/**
 * One file: read whole, checked (length, signature, the device it claims, the key that device used
 * before), then applied in one transaction with its record, or recorded as incomplete (to be read
 * again) or refused (until its bytes change). Returns what became of it.
 */
const readOne = (
  ctx: HandlerContext,
  file: SegmentFile,
  passphrase: string | undefined,
): { state: SegmentRecord['state']; applied: number } => {
  const before = statSync(file.path);
  const record = findSegment(ctx.db, file.deviceId, file.name);
  if (unchanged(record, before.size, Math.trunc(before.mtimeMs))) return { state: record!.state, applied: 0 };
  const bytes = readFileSync(file.path);
  const after = statSync(file.path);
  const base = {
    device_id: file.deviceId,
    name: file.name,
    seq: file.seq,
    size: bytes.length,
    mtime_ms: Math.trunc(after.mtimeMs),
    seen_at: ctx.clock.now(),
  };
  const mark = (state: SegmentRecord['state'], reason: SyncSegmentReason | null, header?: BundleHeader) => {
    transaction(ctx.db, () =>
      writeSegment(ctx.db, {
        ...base,
        sha256: state === 'incomplete' ? null : sha256(bytes),
        state,
        reason,
        message_count: header?.messageCount ?? null,
        made_at: header?.createdAt ?? null,
        actor_name: header?.actorName ?? null,
      }),
    );
    return { state, applied: 0 };
  };
  // Still growing while read: the syncing tool is writing it in place.
  if (after.size !== before.size || after.size !== bytes.length || after.mtimeMs !== before.mtimeMs) {
    return mark('incomplete', 'incomplete');
  }
  // The same bytes as when applied (only touched): nothing to do.
  if (record?.state === 'applied' && record.sha256 === sha256(bytes)) {
    transaction(ctx.db, () => writeSegment(ctx.db, { ...record, mtime_ms: base.mtime_ms }));
    return { state: 'applied', applied: 0 };
  }
  let decoded: ReturnType<typeof decodeBundle>;
  try {
    decoded = decodeBundle(bytes, passphrase);
  } catch (error) {
    const reason = segmentReasonOf(error);
    return mark(reason === 'incomplete' ? 'incomplete' : 'refused', reason);
  }
  const { header, messages } = decoded;
  // A file signed by another device than the folder it sits in (or by this one): not this peer's.
  if (header.device !== file.deviceId) return mark('refused', 'foreign', header);
  const known = knownKeyOf(ctx, header.device);
  if (known !== null && known !== header.publicKey) return mark('refused', 'other_key', header);
  // One transaction: the messages, the peer's key and vector, and the file's record, or none of them.
  const report = ctx.write((writer, now) => {
    const applied = applySyncMessages(ctx.db, messages, now, {
      coverage: header.coverage,
      sender: { vector: header.vector, overrides: header.overrides },
    });
    for (const table of applied.touched) writer.markTouched(table);
    prepare(
      ctx.db,
      `INSERT INTO sync_peers (device_id, public_key, actor_name, version_vector) VALUES (?, ?, ?, ?)
       ON CONFLICT (device_id) DO UPDATE SET public_key = excluded.public_key, actor_name = excluded.actor_name,
         version_vector = excluded.version_vector`,
    ).run(header.device, header.publicKey, header.actorName, JSON.stringify(header.vector));
    writeSegment(ctx.db, {
      ...base,
      sha256: sha256(bytes),
      state: 'applied',
      reason: null,
      message_count: header.messageCount,
      made_at: header.createdAt,
      actor_name: header.actorName,
    });
    // Settings → Sync's device list says when this peer's changes last came, and by which way.
    noteTransportSync(ctx.db, {
      deviceId: header.device,
      transport: 'folder',
      direction: 'in',
      at: now,
      messages: applied.applied,
    });
    writer.markTouched('sync_peers');
    return applied;
  });
  // A peer's erase reached this device: the WAL's old frames go too (see eraseContact).
  if (report.erased > 0) checkpointAfterErase(ctx.db);
  return { state: 'applied', applied: report.applied };
};

/** The peers' files, each peer's in order; `onFile` hears of each file about to be looked at. */
export const peerSegmentFiles = (folder: string, ownDeviceId: string): SegmentFile[] =>
  listPeerFolders(folder, ownDeviceId).flatMap((deviceId) =>
    listSegments(join(folder, deviceId)).map((file) => ({ ...file, deviceId })),
  );

/**
 * Reads the peers' segment files not applied yet. Each peer's files go in order and stop at the
 * first one still arriving: the next are read after it, so each segment's coverage continues the
 * last and the version vector keeps moving. A refused file does not stop the rest (its changes
 * are missing here until it is replaced; the status lists it).
 */
export const readPeerSegments = (
  ctx: HandlerContext,
  files: SegmentFile[],
  passphrase: string | undefined,
  onFile: (index: number) => void = () => {},
): ReadOutcome => {
  const outcome: ReadOutcome = { segments: 0, applied: 0, skipped: 0 };
  const waiting = new Set<string>();
  files.forEach((file, index) => {
    if (waiting.has(file.deviceId)) return;
    onFile(index);
    const read = readOne(ctx, file, passphrase);
    if (read.state === 'incomplete') waiting.add(file.deviceId);
    if (read.state === 'applied') outcome.segments += read.applied > 0 ? 1 : 0;
    else outcome.skipped += 1;
    outcome.applied += read.applied;
  });
  return outcome;
};
