import type { DamagedDatabaseNotice } from '../core/backup/damagedDatabaseNotice';
import { damageReasonOf } from '../worker/damageReasonOf';

export type RecoveryChoice = 'restore' | 'open_other' | 'quit';

export type RecoveryDeps<W> = {
  start(dbPath: string): Promise<W>;
  /** The newest sound backup's time for this file, or null when there is none. */
  latestBackupAt(dbPath: string): Promise<number | null>;
  notice(reason: unknown, dbPath: string, latestBackupAt: number | null): DamagedDatabaseNotice;
  /** Shows the notice; `canRestore` false hides the restore button. */
  ask(notice: DamagedDatabaseNotice, canRestore: boolean): Promise<RecoveryChoice>;
  /** The OS "open file" dialog: a path the user chose, or null. */
  chooseFile(): Promise<string | null>;
  /** Moves the damaged file aside and puts the latest sound backup in its place (if there is one). */
  restore(dbPath: string): Promise<unknown>;
};

/**
 * Opens the backend; when the database is refused as damaged, says so and offers to restore the
 * latest backup or open another file, and tries again with what the user chose. Resolves to the
 * worker and the file it serves, or null when the user quits. Any other failure rejects as before.
 */
export const openWithRecovery = async <W>(
  dbPath: string,
  deps: RecoveryDeps<W>,
): Promise<{ worker: W; dbPath: string } | null> => {
  let path = dbPath;
  for (;;) {
    try {
      return { worker: await deps.start(path), dbPath: path };
    } catch (error) {
      const damage = damageReasonOf(error);
      if (!damage.damaged) throw error;
      const backupAt = await deps.latestBackupAt(path);
      const choice = await deps.ask(deps.notice(damage.reason, path, backupAt), backupAt !== null);
      if (choice === 'quit') return null;
      // A restore that found no sound backup, or a cancelled file dialog, asks again.
      if (choice === 'restore') await deps.restore(path);
      if (choice === 'open_other') path = (await deps.chooseFile()) ?? path;
    }
  }
};
