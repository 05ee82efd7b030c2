import { z } from 'zod';
import { mutation, query } from '../procedure';
import {
  idInputSchema,
  pipelineCardFieldsInputSchema,
  pipelineCreateInputSchema,
  pipelineRenameInputSchema,
  pipelineSchema,
  reorderInputSchema,
  stageArchiveInputSchema,
  stageArchiveOutputSchema,
  stageCreateInputSchema,
  stageSchema,
  stagesListInputSchema,
  stageUpdateInputSchema,
} from '../schemas/pipelines';

export const pipelineProcedures = {
  'pipelines.list': query(
    z
      .object({ includeArchived: z.boolean().default(false) })
      .strict()
      .default({ includeArchived: false }),
    z.array(pipelineSchema),
  ),
  /** A new pipeline, by default with the six funnel stages and their control points. */
  'pipelines.create': mutation(pipelineCreateInputSchema, pipelineSchema, ['pipelines', 'stages', 'control_points']),
  'pipelines.rename': mutation(pipelineRenameInputSchema, pipelineSchema, ['pipelines']),
  /** Hidden from the pipeline list; its deals stay. The last active pipeline cannot be archived. */
  'pipelines.archive': mutation(idInputSchema, pipelineSchema, ['pipelines']),
  'pipelines.restore': mutation(idInputSchema, pipelineSchema, ['pipelines']),
  /** Returns the active pipelines in their new order. */
  'pipelines.reorder': mutation(reorderInputSchema, z.array(pipelineSchema), ['pipelines']),
  /**
   * The deal custom fields its board cards show as chips (up to three, in order): active deal
   * fields only (NOT_FOUND customField otherwise).
   */
  'pipelines.setCardFields': mutation(pipelineCardFieldsInputSchema, pipelineSchema, ['pipelines']),

  'stages.list': query(stagesListInputSchema, z.array(stageSchema)),
  'stages.create': mutation(stageCreateInputSchema, stageSchema, ['stages']),
  'stages.update': mutation(stageUpdateInputSchema, stageSchema, ['stages']),
  /** Returns the pipeline's active stages in their new order. */
  'stages.reorder': mutation(reorderInputSchema, z.array(stageSchema), ['stages']),
  /**
   * Open deals must go somewhere first: without `moveDealsToStageId` a non-empty stage fails with
   * STAGE_NOT_EMPTY {openDeals}; with it the deals move (transitions recorded) and the stage is
   * archived in one transaction.
   */
  'stages.archive': mutation(stageArchiveInputSchema, stageArchiveOutputSchema, [
    'stages',
    'deals',
    'stage_transitions',
  ]),
  'stages.restore': mutation(idInputSchema, stageSchema, ['stages']),
} as const;
