import { z } from 'zod';
import { DEAL_MUTATION_TABLES } from '../dealMutationTables';
import { mutation, query } from '../procedure';
import {
  checklistSchema,
  controlPointCreateInputSchema,
  controlPointSchema,
  controlPointsListInputSchema,
  controlPointUpdateInputSchema,
  dealCheckInputSchema,
  dealChecklistInputSchema,
} from '../schemas/controlPoints';
import { idInputSchema, reorderInputSchema } from '../schemas/pipelines';

export const controlPointProcedures = {
  /** One stage's items, or a whole pipeline's (stage order, then item order). */
  'controlPoints.list': query(controlPointsListInputSchema, z.array(controlPointSchema)),
  'controlPoints.create': mutation(controlPointCreateInputSchema, controlPointSchema, ['control_points']),
  'controlPoints.update': mutation(controlPointUpdateInputSchema, controlPointSchema, ['control_points']),
  /** An archived item no longer gates; ticks already given stay in the history. */
  'controlPoints.archive': mutation(idInputSchema, controlPointSchema, ['control_points']),
  'controlPoints.restore': mutation(idInputSchema, controlPointSchema, ['control_points']),
  /** Returns the stage's active items in their new order. */
  'controlPoints.reorder': mutation(reorderInputSchema, z.array(controlPointSchema), ['control_points']),
  'deals.checklist': query(dealChecklistInputSchema, checklistSchema),
  /** Ticks or unticks any active item of the deal's pipeline (also ahead of the current stage). */
  'deals.check': mutation(dealCheckInputSchema, checklistSchema, DEAL_MUTATION_TABLES.check),
} as const;
