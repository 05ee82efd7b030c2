import { z } from 'zod';
import { epochMsSchema, idSchema } from './common';
import { anchorFields } from './pipelines';

const labelSchema = z.string().trim().min(1).max(200);

export const controlPointSchema = z.object({
  id: idSchema,
  stageId: idSchema,
  /** Null while the seeded label is untouched: shown translated from `defaultKey`. */
  label: z.string().nullable(),
  defaultKey: z.string().nullable(),
  /** Required items gate forward moves; advisory ones only show in the checklist. */
  required: z.boolean(),
  position: z.string(),
  archivedAt: z.number().nullable(),
});
export type ControlPoint = z.infer<typeof controlPointSchema>;

export const controlPointsListInputSchema = z.union([
  z.object({ stageId: idSchema, includeArchived: z.boolean().default(false) }).strict(),
  z.object({ pipelineId: idSchema, includeArchived: z.boolean().default(false) }).strict(),
]);

export const controlPointCreateInputSchema = z
  .object({ stageId: idSchema, label: labelSchema, required: z.boolean().default(true), ...anchorFields })
  .strict();

export const controlPointUpdateInputSchema = z
  .object({
    id: idSchema,
    /** `label: null` goes back to the translated seeded label (only for seeded items). */
    patch: z.object({ label: labelSchema.nullable(), required: z.boolean() }).partial().strict(),
  })
  .strict();

/** One checklist line of a deal: the item and, when ticked, who ticked it and when. */
export const checklistItemSchema = z.object({
  controlPointId: idSchema,
  stageId: idSchema,
  label: z.string().nullable(),
  defaultKey: z.string().nullable(),
  required: z.boolean(),
  position: z.string(),
  checked: z.boolean(),
  checkedBy: idSchema.nullable(),
  checkedByName: z.string().nullable(),
  checkedAt: epochMsSchema.nullable(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistSchema = z.object({
  dealId: idSchema,
  stageId: idSchema,
  /** The current stage's active items in order, ticked or not. */
  items: z.array(checklistItemSchema),
  /** Items of the deal's other stages that are ticked (history of earlier stages, or ticked ahead). */
  otherTicked: z.array(checklistItemSchema),
  /** Required items of the current stage, and how many of them are ticked. */
  required: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
});
export type Checklist = z.infer<typeof checklistSchema>;

export const dealChecklistInputSchema = z.object({ dealId: idSchema }).strict();

export const dealCheckInputSchema = z
  .object({ dealId: idSchema, controlPointId: idSchema, checked: z.boolean() })
  .strict();

/** An item that blocks a move, as listed in GATE_BLOCKED params. */
export const gateMissingItemSchema = z.object({
  id: idSchema,
  stageId: idSchema,
  label: z.string().nullable(),
  defaultKey: z.string().nullable(),
});

/**
 * A custom deal field that must be filled before the deal goes on: required at a stage it is
 * leaving or skipping (`stageId`), or always required (`stageId: null`).
 */
export const gateMissingFieldSchema = z.object({
  id: idSchema,
  stageId: idSchema.nullable(),
  nameRu: z.string(),
  nameEn: z.string(),
});
export type GateMissingField = z.infer<typeof gateMissingFieldSchema>;

/**
 * `params` of a GATE_BLOCKED error refusing a move or a win: the stage being left, where the deal
 * was going (null for a win) and the required, unticked items in board order (grouped by stage).
 * The board offers them inline as a checklist; `deals.check` ticks any of them, then the move can
 * be retried.
 */
export const dealGateParamsSchema = z.object({
  dealId: idSchema,
  action: z.enum(['move', 'win']),
  stageId: idSchema,
  targetStageId: idSchema.nullable(),
  /** Control points; may be empty when only custom fields block. */
  missing: z.array(gateMissingItemSchema),
  missingFields: z.array(gateMissingFieldSchema).default([]),
});
export type DealGateParams = z.infer<typeof dealGateParamsSchema>;

/**
 * `params` of a GATE_BLOCKED error refusing `deals.create` straight into a later stage: the items
 * of the stages before it that are not among `checkedControlPointIds`. Sent again with them
 * ticked, the deal is created with those ticks.
 */
export const createGateParamsSchema = z.object({
  dealId: z.null(),
  action: z.literal('create'),
  stageId: z.null(),
  targetStageId: idSchema,
  missing: z.array(gateMissingItemSchema),
  missingFields: z.array(gateMissingFieldSchema).default([]),
});
export type CreateGateParams = z.infer<typeof createGateParamsSchema>;

export const gateBlockedParamsSchema = z.discriminatedUnion('action', [dealGateParamsSchema, createGateParamsSchema]);
export type GateBlockedParams = z.infer<typeof gateBlockedParamsSchema>;
