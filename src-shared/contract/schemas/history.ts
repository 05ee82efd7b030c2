import { z } from 'zod';
import { idSchema } from './common';
import { activitySchema } from './activities';
import { customValueSchema } from './customFields';
import { dealStatusSchema } from './deals';

const scalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const actorFields = {
  at: z.number(),
  /** Who did it (null: no current user was chosen on that device). */
  actorId: idSchema.nullable(),
  actorName: z.string().nullable(),
};

/** One line of a deal's timeline, in time order. */
export const timelineEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('created'), ...actorFields, stageId: idSchema.nullable() }),
  z.object({
    kind: z.literal('stage'),
    ...actorFields,
    fromStageId: idSchema.nullable(),
    toStageId: idSchema,
    fromStatus: dealStatusSchema.nullable(),
    toStatus: dealStatusSchema,
  }),
  z.object({
    kind: z.literal('field'),
    ...actorFields,
    /** The deal field as the contract names it (`valueMinor`, `ownerId`, `lossReasonId`, …). */
    field: z.string(),
    oldValue: scalarSchema,
    newValue: scalarSchema,
  }),
  /** A custom field's value changed (empty is null), in the contract's form; the field says how to show it. */
  z.object({
    kind: z.literal('custom'),
    ...actorFields,
    fieldId: idSchema,
    oldValue: customValueSchema,
    newValue: customValueSchema,
  }),
  z.object({ kind: z.literal('check'), ...actorFields, controlPointId: idSchema, checked: z.boolean() }),
  z.object({ kind: z.literal('deleted'), ...actorFields }),
  z.object({ kind: z.literal('restored'), ...actorFields }),
  /** A done activity, at the time it happened (`doneAt`); the actor is who logged it. */
  z.object({ kind: z.literal('activity'), ...actorFields, activity: activitySchema }),
]);
export type TimelineEntryOut = z.infer<typeof timelineEntrySchema>;

export const REF_KINDS = [
  'user',
  'stage',
  'pipeline',
  'company',
  'contact',
  'leadSource',
  'campaign',
  'lossReason',
  'controlPoint',
] as const;

/** A record an entry points at, so the timeline can show names without one call per id. */
export const timelineRefSchema = z.object({
  kind: z.enum(REF_KINDS),
  /** What the user typed; null for an untouched seeded row (translate `defaultKey`). */
  name: z.string().nullable(),
  defaultKey: z.string().nullable(),
});
