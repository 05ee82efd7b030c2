import { z } from 'zod';
import { mutation, query } from '../procedure';
import { emptyInputSchema } from '../schemas/common';
import {
  syncBundleFileSchema,
  syncConflictIdInputSchema,
  syncConflictPageSchema,
  syncConflictsInputSchema,
  syncExportInputSchema,
  syncImportInputSchema,
  syncImportResultSchema,
  syncResolvedSchema,
  syncStatusSchema,
} from '../schemas/sync';
import { TABLE_NAMES } from '../tableNames';

export const syncProcedures = {
  /** This device, its peers (last exchange per transport, changes waiting for each), what needs a person. */
  'sync.status': query(emptyInputSchema, syncStatusSchema),
  /** How many conflicts are open: the sidebar's badge on the item that holds the Conflicts view. */
  'sync.openConflictCount': query(emptyInputSchema, z.object({ open: z.number().int().nonnegative() })),
  /** The open conflicts, newest first, with the names their values refer to. */
  'sync.conflicts': query(syncConflictsInputSchema, syncConflictPageSchema),
  /** Writes this device's value again as a new change (it wins on every device it reaches). */
  'sync.keepMine': mutation(syncConflictIdInputSchema, syncResolvedSchema, TABLE_NAMES),
  /** The merged value stands: the conflict leaves the list. */
  'sync.acceptConflict': mutation(syncConflictIdInputSchema, syncResolvedSchema, ['sync_conflicts']),
  'sync.acceptAllConflicts': mutation(emptyInputSchema, syncResolvedSchema, ['sync_conflicts']),
  /**
   * A signed (optionally encrypted) bundle's bytes: the browser shell downloads them, the desktop
   * app's main saves them where the user picks.
   */
  'sync.exportBundle': mutation(syncExportInputSchema, syncBundleFileSchema, ['sync_peers']),
  /**
   * Verifies and merges a bundle (uploaded bytes, or read by main from its open dialog), in steps
   * with `sync.progress` events; a cancel rolls it all back. Every view refetches.
   */
  'sync.importBundle': mutation(syncImportInputSchema, syncImportResultSchema, TABLE_NAMES),
  /**
   * Asks the running bundle import to stop (rolled back whole). A query, so it is not queued
   * behind the import it means to stop.
   */
  'sync.cancelImport': query(emptyInputSchema, z.object({ cancelled: z.boolean() })),
} as const;
