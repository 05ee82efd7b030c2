import { z } from 'zod';
import { FUNNEL_STEPS } from '../../domain/funnelSteps';
import { idSchema } from './common';

export const funnelStepSchema = z.enum(FUNNEL_STEPS);

export const pipelineSchema = z.object({
  id: idSchema,
  /** Null while the seeded name is untouched: shown translated from `defaultKey`. */
  name: z.string().nullable(),
  defaultKey: z.string().nullable(),
  position: z.string(),
  archivedAt: z.number().nullable(),
  /** Deal custom fields (in order) whose values the pipeline's board cards show as chips. */
  cardFieldIds: z.array(idSchema),
});
export type Pipeline = z.infer<typeof pipelineSchema>;

export const stageSchema = z.object({
  id: idSchema,
  pipelineId: idSchema,
  name: z.string().nullable(),
  defaultKey: z.string().nullable(),
  funnelStep: funnelStepSchema,
  position: z.string(),
  /** Chance to win from this stage, 0..1, for the weighted pipeline. */
  probability: z.number().min(0).max(1),
  rotDays: z.number().int().positive().nullable(),
  slaHours: z.number().int().positive().nullable(),
  /**
   * What to do at this stage and what "done" means. Null: a seeded stage's standard text (shown
   * translated, see stagePlaybook), none for a user's stage; '': the workspace wants none here.
   */
  playbook: z.string().nullable(),
  archivedAt: z.number().nullable(),
});
export type Stage = z.infer<typeof stageSchema>;

export const stagesListInputSchema = z.object({
  pipelineId: idSchema,
  includeArchived: z.boolean().default(false),
});

/**
 * Where to drop an item in an ordered list (pipelines, stages, control points, cards in a column):
 * `afterId` = the item that will sit directly before it, `beforeId` = the one directly after it;
 * neither = the end. With both, `afterId` wins. A neighbour that is no longer in the list gives
 * CONFLICT {reason: 'stale_neighbour'}: refetch and retry.
 */
export const anchorFields = {
  afterId: idSchema.optional(),
  beforeId: idSchema.optional(),
};

const nameSchema = z.string().trim().min(1).max(120);
/** m0032 bounds the stored text at 4,000 characters. */
const playbookSchema = z.string().trim().max(4000);

export const PIPELINE_TEMPLATES = ['funnel', 'empty'] as const;

export const pipelineCreateInputSchema = z
  .object({
    name: nameSchema,
    /** `funnel`: the six default stages (one per funnel step) with their control points; `empty`: none. */
    template: z.enum(PIPELINE_TEMPLATES).default('funnel'),
    ...anchorFields,
  })
  .strict();

/** `name: null` goes back to the translated seeded name (only for seeded rows). */
export const pipelineRenameInputSchema = z.object({ id: idSchema, name: nameSchema.nullable() }).strict();
/** How many custom fields a board card shows as chips (m0039 bounds the stored list too). */
export const MAX_CARD_FIELDS = 3;

/** The whole new list of a pipeline's card chips, in order; [] shows none. */
export const pipelineCardFieldsInputSchema = z
  .object({
    id: idSchema,
    fieldIds: z
      .array(idSchema)
      .max(MAX_CARD_FIELDS)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'A field is chosen once' }),
  })
  .strict();

export const idInputSchema = z.object({ id: idSchema }).strict();
export const reorderInputSchema = z.object({ id: idSchema, ...anchorFields }).strict();

export const stageCreateInputSchema = z
  .object({
    pipelineId: idSchema,
    name: nameSchema,
    funnelStep: funnelStepSchema,
    /** Defaults to the default funnel's value for the step. */
    probability: z.number().min(0).max(1).optional(),
    rotDays: z.number().int().positive().nullable().optional(),
    slaHours: z.number().int().positive().nullable().optional(),
    playbook: playbookSchema.nullable().optional(),
    ...anchorFields,
  })
  .strict();

export const stageUpdateInputSchema = z
  .object({
    id: idSchema,
    patch: z
      .object({
        name: nameSchema.nullable(),
        funnelStep: funnelStepSchema,
        probability: z.number().min(0).max(1),
        rotDays: z.number().int().positive().nullable(),
        slaHours: z.number().int().positive().nullable(),
        /** Null: back to the seeded standard text; '': no playbook. */
        playbook: playbookSchema.nullable(),
      })
      .partial()
      .strict(),
  })
  .strict();

export const stageArchiveInputSchema = z
  .object({
    id: idSchema,
    /** Where the stage's open deals go. Without it, a stage with open deals is refused (STAGE_NOT_EMPTY). */
    moveDealsToStageId: idSchema.optional(),
  })
  .strict();

export const stageArchiveOutputSchema = z.object({ stage: stageSchema, movedDeals: z.number().int().nonnegative() });

/** `params` of a STAGE_NOT_EMPTY error: the UI asks where the open deals should go. */
export const stageNotEmptyParamsSchema = z.object({
  stageId: idSchema,
  pipelineId: idSchema,
  openDeals: z.number().int().positive(),
});
export type StageNotEmptyParams = z.infer<typeof stageNotEmptyParamsSchema>;
