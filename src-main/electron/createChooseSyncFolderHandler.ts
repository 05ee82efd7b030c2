import type { Envelope } from '@shared/contract/envelope';
import { syncFolderSchema, type SyncFolderStatus } from '@shared/contract/schemas/syncFolder';
import type { RpcSenderEvent } from './createRpcHandler';
import { isTrustedSender } from './isTrustedSender';
import { senderUrl } from './senderUrl';

/** What the handler needs of the worker: the host-only call that stores the chosen folder. */
export type SyncFolderTarget = { setSyncFolder(folder: string | null): Promise<Envelope<unknown>> };

const failure = (code: 'FORBIDDEN' | 'TRANSPORT', message: string): Envelope<SyncFolderStatus | null> => ({
  ok: false,
  error: { code, message },
});

/**
 * The `voronka:choose-sync-folder` handler ("Choose folder…" on the Shared folder card), as the
 * report folder's: the page sends nothing; main shows its folder dialog and hands the answer to the
 * worker over a message the page cannot send. The status with its new folder, or null when cancelled.
 */
export const createChooseSyncFolderHandler =
  (target: Promise<SyncFolderTarget>, chooseFolder: () => Promise<string | null>) =>
  async (event: RpcSenderEvent): Promise<Envelope<SyncFolderStatus | null>> => {
    if (!isTrustedSender(senderUrl(event))) return failure('FORBIDDEN', 'This page may not call Voronka.');
    const folder = await chooseFolder();
    if (folder === null) return { ok: true, value: null };
    let stored: Envelope<unknown>;
    try {
      stored = await (await target).setSyncFolder(folder);
    } catch (error) {
      return failure('TRANSPORT', error instanceof Error ? error.message : String(error));
    }
    if (!stored.ok) return stored;
    return { ok: true, value: syncFolderSchema.parse(stored.value) };
  };
