import { readOverrides } from '../conflicts/detectConflicts';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Db } from '../../db/Db';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/migrations';
import { transaction } from '../../db/sql';
import { readSyncFolderState, writeWrittenMark } from '../../modules/syncFolder/syncFolder.repo';
import { encodeBundle } from '../bundle/bundleCodec';
import { actorName } from '../bundle/exportSyncBundle';
import { readOrCreateSigningKey } from '../bundle/readOrCreateSigningKey';
import { readDeviceMessagesAfter, readVersionVector } from '../changeLogStore';
import type { SyncMessage } from '../SyncMessage';
import { listSegments, segmentName } from './segmentFiles';

/** A first run on a long-used device writes its history in pieces a receiver applies one by one. */
export const MAX_SEGMENT_MESSAGES = 20_000;

/** Writes the file under a temporary name in the same folder, flushes it, then renames it. */
const writeNewFile = (path: string, tempDir: string, bytes: Buffer): void => {
  if (existsSync(path)) throw Object.assign(new Error(`${path} exists already`), { code: 'EEXIST' });
  const temporary = join(tempDir, `.${randomBytes(6).toString('hex')}.vseg.tmp`);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
};

/**
 * Writes this device's messages not yet in the folder as new segment files in its own sub-folder,
 * each carrying the messages after the previous one's newest stamp (its coverage says so, so a
 * receiver's version vector moves by it). The number after the newest file there, never an
 * existing name: a file once written is never replaced. A crash between the rename and the
 * recorded mark writes the same messages again next time, which receivers take as duplicates.
 */
export const writeOwnSegments = (
  db: Db,
  deviceId: string,
  folder: string,
  now: number,
  passphrase: string | undefined,
): { messages: number; segments: number } => {
  const ownDir = join(folder, deviceId);
  mkdirSync(ownDir, { recursive: true });
  const state = readSyncFolderState(db);
  let seq = Math.max(state.written_seq, listSegments(ownDir).at(-1)?.seq ?? 0);
  let after = state.written_hlc;
  const written = { messages: 0, segments: 0 };
  const key = readOrCreateSigningKey(db);
  const flush = (messages: SyncMessage[]) => {
    const through = messages.at(-1)?.hlc;
    if (through === undefined) return;
    const bytes = encodeBundle(
      {
        messages,
        coverage: { [deviceId]: { after, through } },
        vector: readVersionVector(db),
        // What this device kept over others' changes: the receiver tells a real conflict from a seen one.
        overrides: readOverrides(db),
        actorName: actorName(db),
        schema: LATEST_SCHEMA_VERSION,
        createdAt: now,
      },
      key,
      passphrase,
      // JSON lines: segments are small, and a device on the folder not upgraded yet reads them.
      1,
    );
    seq += 1;
    writeNewFile(join(ownDir, segmentName(seq)), ownDir, bytes);
    transaction(db, () => writeWrittenMark(db, folder, seq, through));
    after = through;
    written.messages += messages.length;
    written.segments += 1;
  };
  // Read whole before writing: the statement streams, and the marks are written between files.
  let batch: SyncMessage[] = [];
  for (const message of [...readDeviceMessagesAfter(db, deviceId, after)]) {
    batch.push(message);
    if (batch.length === MAX_SEGMENT_MESSAGES) {
      flush(batch);
      batch = [];
    }
  }
  flush(batch);
  return written;
};
