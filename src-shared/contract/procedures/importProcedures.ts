import { z } from 'zod';
import { mutation, query } from '../procedure';
import { emptyInputSchema } from '../schemas/common';
import {
  importLogEntrySchema,
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
  /** The import log, newest first. */
  'imports.list': query(emptyInputSchema, z.array(importLogEntrySchema)),
  /** Reverts one import and only it. */
  'imports.undo': mutation(z.object({ id: z.string().min(1).max(100) }).strict(), importUndoResultSchema, IMPORTED),
} as const;
