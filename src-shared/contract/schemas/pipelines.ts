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
  archivedAt: z.number().nullable(),
});
export type Stage = z.infer<typeof stageSchema>;

export const stagesListInputSchema = z.object({
  pipelineId: idSchema,
  includeArchived: z.boolean().default(false),
});
