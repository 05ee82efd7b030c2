import { statSync } from 'node:fs';
import type { SyncFolderProblem, SyncFolderRun } from '@shared/contract/schemas/syncFolder';
import type { HandlerContext } from '../../HandlerContext';
import { transaction } from '../../db/sql';
import { forgetVanishedSegments, readSyncFolderState, resetForFolder } from '../../modules/syncFolder/syncFolder.repo';
import { peerSegmentFiles, readPeerSegments } from './readPeerSegments';
import { listSegments } from './segmentFiles';
import { writeOwnSegments } from './writeOwnSegments';
import { join } from 'node:path';

const problemOf = (error: unknown): SyncFolderProblem => {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'folder_missing';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'not_writable';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk_full';
  return 'failed';
};

const detailOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * The state belongs to another folder (the user chose a new one), or this device's own files are
 * gone from it (someone cleaned the folder): this device writes everything again from the start.
 */
const startAfreshIfNeeded = (ctx: HandlerContext, folder: string): void => {
  const state = readSyncFolderState(ctx.db);
  const ownFilesGone = state.written_seq > 0 && listSegments(join(folder, ctx.deviceId)).length === 0;
  if (state.written_folder !== folder || ownFilesGone) transaction(ctx.db, () => resetForFolder(ctx.db, folder));
};

/**
 * One exchange with the shared folder (DESIGN §7, transport 2): the peers' new segments are applied
 * first, then this device's new changes are written as a segment of its own. Never throws: what
 * went wrong (the folder gone, no permission, a full disk) is the run's problem, in plain words
 * the card translates; files refused one by one are listed by the status instead.
 */
export const runFolderExchange = (
  ctx: HandlerContext,
  folder: string,
  passphrase: string | undefined,
): SyncFolderRun => {
  const run: SyncFolderRun = { at: ctx.clock.now(), problem: null, detail: null, written: 0, applied: 0 };
  try {
    if (!statSync(folder).isDirectory())
      throw Object.assign(new Error(`${folder} is not a folder`), { code: 'ENOTDIR' });
    startAfreshIfNeeded(ctx, folder);
    const files = peerSegmentFiles(folder, ctx.deviceId);
    const present = new Set(files.map((file) => `${file.deviceId}/${file.name}`));
    transaction(ctx.db, () => forgetVanishedSegments(ctx.db, present));
    let announced = false;
    const read = readPeerSegments(ctx, files, passphrase, (index) => {
      // A long catch-up (a first run, a week away) shows its progress; a quiet run stays quiet.
      if (files.length < 5) return;
      if (!announced) ctx.emit({ type: 'sync.progress', phase: 'started', done: 0, total: files.length });
      announced = true;
      ctx.emit({ type: 'sync.progress', phase: 'running', done: index, total: files.length });
    });
    run.applied = read.applied;
    if (announced) ctx.emit({ type: 'sync.progress', phase: 'done', done: files.length, total: files.length });
    // An encrypted workspace's changes never leave it in the clear.
    if (ctx.db.key !== null && passphrase === undefined) {
      run.problem = 'passphrase_required';
      return run;
    }
    run.written = writeOwnSegments(ctx.db, ctx.deviceId, folder, run.at, passphrase).messages;
  } catch (error) {
    run.problem = problemOf(error);
    run.detail = detailOf(error);
  }
  return run;
};
