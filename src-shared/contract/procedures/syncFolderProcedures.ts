import { mutation, query } from '../procedure';
import { emptyInputSchema } from '../schemas/common';
import {
  syncFolderSchema,
  syncFolderSettingsSchema,
  syncFolderTickResultSchema,
  syncFolderTickSchema,
} from '../schemas/syncFolder';

export const syncFolderProcedures = {
  /** The shared folder on this device: settings, folder, last run, peers read, files not applied. */
  'syncFolder.get': query(emptyInputSchema, syncFolderSchema),
  /** Switches the shared folder on or off, sets how often it runs and its passphrase. */
  'syncFolder.set': mutation(syncFolderSettingsSchema, syncFolderSchema, ['sync_folder']),
  /** One exchange now (whether the timer is on or not): writes this device's changes, reads the peers'. */
  'syncFolder.runNow': mutation(emptyInputSchema, syncFolderSchema, ['sync_folder']),
  /**
   * The core's watcher: runs an exchange when the folder changed, this device wrote, or the interval
   * passed (only while switched on). A mutation so it queues with other writes; it pushes
   * `data.changed` itself, only for what it changed.
   */
  'syncFolder.tick': mutation(syncFolderTickSchema, syncFolderTickResultSchema, []),
} as const;
