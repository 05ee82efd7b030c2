import { mutation, query } from '../procedure';
import {
  backupCreateInputSchema,
  backupDownloadInputSchema,
  backupEntrySchema,
  backupFileSchema,
  backupListSchema,
  backupRestoreInputSchema,
  backupRestoreOutputSchema,
} from '../schemas/backup';
import { emptyInputSchema } from '../schemas/common';
import { TABLE_NAMES } from '../tableNames';

export const backupProcedures = {
  /** The backups folder (names, kinds, times, sizes; never its path) and the rolling settings. */
  'backup.list': query(emptyInputSchema, backupListSchema),
  /**
   * A full, checked backup into the backups folder ("auto" ones rotate by `backup.keep`). It
   * changes no table, and it is not queued behind writes: SQLite's online backup copies a
   * consistent state while they go on.
   */
  'backup.create': query(backupCreateInputSchema, backupEntrySchema),
  /** One backup's bytes for the browser shell's download (the desktop app copies it in main). */
  'backup.download': query(backupDownloadInputSchema, backupFileSchema),
  /**
   * Replaces the data with a backup from the folder (by name) or an uploaded file (browser shell),
   * after checking it; the data it replaces is backed up first. Every view refetches.
   */
  'backup.restore': mutation(backupRestoreInputSchema, backupRestoreOutputSchema, TABLE_NAMES),
} as const;
