import { z } from 'zod';
import { query } from '../procedure';
import { pipelineSchema, stageSchema, stagesListInputSchema } from '../schemas/pipelines';

export const pipelineProcedures = {
  'pipelines.list': query(
    z
      .object({ includeArchived: z.boolean().default(false) })
      .strict()
      .default({ includeArchived: false }),
    z.array(pipelineSchema),
  ),
  'stages.list': query(stagesListInputSchema, z.array(stageSchema)),
} as const;
