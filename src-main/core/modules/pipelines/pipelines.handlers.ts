import { DomainError } from '../../DomainError';
import type { HandlersOf } from '../../Handlers';
import { findPipeline, listPipelines, listStages } from './pipelines.repo';

export const pipelinesHandlers: HandlersOf<'pipelines.list' | 'stages.list'> = {
  'pipelines.list': (input, ctx) => listPipelines(ctx.db, input.includeArchived),
  'stages.list': (input, ctx) => {
    if (!findPipeline(ctx.db, input.pipelineId)) {
      throw new DomainError('NOT_FOUND', 'Pipeline not found', { entity: 'pipeline', id: input.pipelineId });
    }
    return listStages(ctx.db, input.pipelineId, input.includeArchived);
  },
};
