import { isAbsolute } from 'node:path';
import { statSync } from 'node:fs';
import type {
  SyncFolderRun,
  SyncFolderSettings,
  SyncFolderStatus,
  SyncSegmentReason,
} from '@shared/contract/schemas/syncFolder';
import { DomainError } from '../../DomainError';
import type { HandlerContext } from '../../HandlerContext';
import { transaction } from '../../db/sql';
import type { SyncFolderStateTable } from '../../db/schema';
import { countDeviceMessagesAfter } from '../../sync/changeLogStore';
import { runFolderExchange } from '../../sync/folder/runFolderExchange';
import {
  forgetPassphraseRefusals,
  readPeerSummaries,
  readSyncFolderState,
  readUnappliedSegments,
  writeSyncFolderPath,
  writeSyncFolderRun,
  writeSyncFolderSettings,
} from './syncFolder.repo';

/** The folder runs use: the host's rule wins over a stored choice. */
const folderOf = (ctx: HandlerContext, state: SyncFolderStateTable): SyncFolderStatus['folder'] => {
  const { hostDir, canChoose } = ctx.syncFolder;
  if (hostDir !== null) return { path: hostDir, source: 'host', canChoose: false };
  if (canChoose && state.folder !== null) return { path: state.folder, source: 'chosen', canChoose };
  return { path: null, source: 'none', canChoose };
};

const lastRunOf = (state: SyncFolderStateTable): SyncFolderRun | null =>
  state.last_run_at === null
    ? null
    : {
        at: state.last_run_at,
        problem: (state.last_run_problem as SyncFolderRun['problem']) ?? null,
        detail: state.last_run_detail,
        written: state.last_run_written ?? 0,
        applied: state.last_run_applied ?? 0,
      };

export const getSyncFolder = (ctx: HandlerContext): SyncFolderStatus => {
  const state = readSyncFolderState(ctx.db);
  const folder = folderOf(ctx, state);
  // What was written into another folder does not count for this one.
  const here = folder.path !== null && state.written_folder === folder.path;
  return {
    enabled: state.enabled === 1,
    intervalSeconds: state.interval_s,
    hasPassphrase: state.passphrase !== null,
    encryptedWorkspace: ctx.db.key !== null,
    folder,
    deviceId: ctx.deviceId,
    lastRun: lastRunOf(state),
    waitingOut: countDeviceMessagesAfter(ctx.db, ctx.deviceId, here ? state.written_hlc : null),
    writtenSegments: here ? state.written_seq : 0,
    peers: readPeerSummaries(ctx.db).map((peer) => ({
      deviceId: peer.device_id,
      actorName: peer.actor_name,
      segments: peer.segments,
      lastSeq: peer.last_seq,
      lastMadeAt: peer.last_made_at,
      readAt: peer.read_at,
    })),
    files: readUnappliedSegments(ctx.db).map((file) => ({
      deviceId: file.device_id,
      name: file.name,
      reason: (file.reason ?? 'damaged') as SyncSegmentReason,
      seenAt: file.seen_at,
    })),
  };
};

export const setSyncFolder = (ctx: HandlerContext, settings: SyncFolderSettings): SyncFolderStatus => {
  transaction(ctx.db, () => {
    const before = readSyncFolderState(ctx.db);
    const passphrase = settings.passphrase === undefined ? before.passphrase : settings.passphrase;
    writeSyncFolderSettings(ctx.db, { ...settings, passphrase });
    // Files refused for want of the right passphrase get another look with the new one.
    if (passphrase !== before.passphrase) forgetPassphraseRefusals(ctx.db);
  });
  return getSyncFolder(ctx);
};

/**
 * One exchange with `folder` (the CLI names its own), recorded as the last run. The passphrase
 * set here, else the one the caller brings (the CLI's environment variable).
 */
export const exchangeWithFolder = (ctx: HandlerContext, folder: string | null, passphrase?: string): SyncFolderRun => {
  const state = readSyncFolderState(ctx.db);
  const secret = state.passphrase ?? passphrase;
  const run: SyncFolderRun =
    folder === null
      ? { at: ctx.clock.now(), problem: 'no_folder', detail: null, written: 0, applied: 0 }
      : runFolderExchange(ctx, folder, secret);
  transaction(ctx.db, () => writeSyncFolderRun(ctx.db, run));
  return run;
};

/** "Sync now": one exchange whether the timer is on or not. */
export const runSyncFolderNow = (ctx: HandlerContext): SyncFolderStatus => {
  exchangeWithFolder(ctx, folderOf(ctx, readSyncFolderState(ctx.db)).path);
  return getSyncFolder(ctx);
};

/**
 * The watcher's call. While switched on and with a folder: a change in the folder or a write here
 * runs at once (the watcher has waited for things to settle); the timer runs once the interval has
 * passed since the last run.
 */
export const tickSyncFolder = (ctx: HandlerContext, trigger: 'timer' | 'change' | 'write') => {
  const state = readSyncFolderState(ctx.db);
  const folder = folderOf(ctx, state).path;
  const idle = {
    ran: null,
    enabled: state.enabled === 1,
    folder,
    intervalSeconds: state.interval_s,
    deviceId: ctx.deviceId,
  };
  if (state.enabled !== 1 || folder === null) return idle;
  const due = state.last_run_at === null || ctx.clock.now() - state.last_run_at >= state.interval_s * 1000 - 500;
  if (trigger === 'timer' && !due) return idle;
  const ran = exchangeWithFolder(ctx, folder);
  ctx.emit({ type: 'data.changed', tables: ['sync_folder'] });
  return { ...idle, ran };
};

/**
 * The desktop app's folder dialog answered (main calls this, never the page: it is not in the
 * contract). Null forgets the folder.
 */
export const setSyncFolderPath = (ctx: HandlerContext, folder: string | null): SyncFolderStatus => {
  if (!ctx.syncFolder.canChoose) throw new DomainError('FORBIDDEN', 'This host fixes the shared folder');
  if (folder !== null && (!isAbsolute(folder) || !statSync(folder, { throwIfNoEntry: false })?.isDirectory())) {
    throw new DomainError('NOT_FOUND', 'Not an existing folder');
  }
  transaction(ctx.db, () => writeSyncFolderPath(ctx.db, folder));
  return getSyncFolder(ctx);
};
