import type { Envelope } from '@shared/contract/envelope';
import { backupEntrySchema } from '@shared/contract/schemas/backup';
import type { SavedReport } from '@shared/contract/VoronkaBridge';
import { basename } from 'node:path';
import type { RpcSenderEvent, RpcTarget } from './createRpcHandler';
import { isTrustedSender } from './isTrustedSender';
import { senderUrl } from './senderUrl';

/** Main's side: the dialog (null when cancelled) and the copy from the backups folder by name. */
export type SaveBackupPorts = {
  choosePath(fileName: string): Promise<string | null>;
  copyBackup(name: string, path: string): void;
};

const failure = (code: 'FORBIDDEN' | 'TRANSPORT' | 'INTERNAL', message: string): Envelope<SavedReport> => ({
  ok: false,
  error: { code, message },
});

/**
 * The `voronka:save-backup` handler ("download backup" in the desktop app). The page sends
 * nothing: the worker makes a fresh checked backup in the backups folder, main asks where to save
 * and copies the file itself, so no path and no bytes cross from the page. Resolves to the chosen
 * file's name (never its folder), or `saved: false` when the user cancelled.
 */
export const createSaveBackupHandler =
  (target: Promise<RpcTarget>, ports: SaveBackupPorts) =>
  async (event: RpcSenderEvent): Promise<Envelope<SavedReport>> => {
    if (!isTrustedSender(senderUrl(event))) return failure('FORBIDDEN', 'This page may not call Voronka.');
    let created: Envelope<unknown>;
    try {
      created = await (await target).dispatch('backup.create', { kind: 'manual' });
    } catch (error) {
      return failure('TRANSPORT', error instanceof Error ? error.message : String(error));
    }
    if (!created.ok) return created;
    const entry = backupEntrySchema.parse(created.value);
    const path = await ports.choosePath(entry.name);
    if (path === null) return { ok: true, value: { saved: false, fileName: null } };
    try {
      ports.copyBackup(entry.name, path);
    } catch (error) {
      return failure('INTERNAL', error instanceof Error ? error.message : String(error));
    }
    return { ok: true, value: { saved: true, fileName: basename(path) } };
  };
