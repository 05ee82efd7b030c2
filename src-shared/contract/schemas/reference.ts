import { z } from 'zod';
import { idSchema, nonEmptyTextSchema } from './common';

/**
 * Editable reference lists (loss reasons, lead sources). A seeded entry has `name` null and a
 * `defaultKey`: the UI shows `name ?? t('defaults.<kind>.<defaultKey>')`, so it follows the
 * language until someone renames it.
 */
export const lossReasonSchema = z.object({
  id: idSchema,
  name: z.string().nullable(),
  defaultKey: z.string().nullable(),
  position: z.string(),
  archivedAt: z.number().nullable(),
});
export type LossReason = z.infer<typeof lossReasonSchema>;

export const leadSourceSchema = z.object({
  id: idSchema,
  name: z.string().nullable(),
  defaultKey: z.string().nullable(),
  archivedAt: z.number().nullable(),
});
export type LeadSource = z.infer<typeof leadSourceSchema>;

export const referenceNameSchema = nonEmptyTextSchema(100);

export const referenceListInputSchema = z
  .object({ includeArchived: z.boolean().default(false) })
  .strict()
  .default({ includeArchived: false });

export const referenceCreateInputSchema = z.object({ name: referenceNameSchema }).strict();

/** `name: null` gives a seeded entry its translated default name back. */
export const referenceRenameInputSchema = z.object({ id: idSchema, name: referenceNameSchema.nullable() }).strict();

export const referenceIdInputSchema = z.object({ id: idSchema }).strict();

/**
 * Drag-and-drop reorder, anchored like board moves: `afterId` = the item that ends up directly
 * above, `beforeId` = directly below (only one is needed); neither = the end of the list.
 */
export const lossReasonReorderInputSchema = z
  .object({ id: idSchema, afterId: idSchema.optional(), beforeId: idSchema.optional() })
  .strict();
