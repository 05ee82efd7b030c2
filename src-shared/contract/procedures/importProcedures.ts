import { z } from 'zod';
import { mutation, query } from '../procedure';
import { emptyInputSchema } from '../schemas/common';
import {
  IMPORT_ENTITIES,
  importLogEntrySchema,
  importPresetSaveInputSchema,
  importPresetSchema,
  importPreviewInputSchema,
  importPreviewSchema,
  importRunInputSchema,
  importSummarySchema,
  importUndoResultSchema,
} from '../schemas/imports';

const IMPORTED = ['users', 'companies', 'contacts', 'deals', 'stage_transitions'] as const;

export const importProcedures = {
  /** The uploaded file's encoding, separator, headers and first rows, with column suggestions. */
  'imports.preview': query(importPreviewInputSchema, importPreviewSchema),
  /** The import (or its dry run): all or nothing, logged for undo. */
  'imports.run': mutation(importRunInputSchema, importSummarySchema, IMPORTED),
  /**
   * Stops the running import (it rolls back; nothing of it stays). A query, not a mutation: a
   * mutation would wait in the write queue behind the import it means to stop.
   */
  'imports.cancel': query(emptyInputSchema, z.object({ cancelled: z.boolean() })),
  /** The import log, newest first. */
  'imports.list': query(emptyInputSchema, z.array(importLogEntrySchema)),
  /** Reverts one import and only it. */
  'imports.undo': mutation(z.object({ id: z.string().min(1).max(100) }).strict(), importUndoResultSchema, IMPORTED),
  /** Saved mappings, by name; with an entity, only that target's. */
  'imports.presets': query(
    z.object({ entity: z.enum(IMPORT_ENTITIES).optional() }).strict(),
    z.array(importPresetSchema),
  ),
  /** Saves the mapping under a name (replacing a preset of that name). */
  'imports.savePreset': mutation(importPresetSaveInputSchema, importPresetSchema, []),
  'imports.deletePreset': mutation(z.object({ name: z.string().min(1).max(100) }).strict(), z.object({}), []),
} as const;
