import type { HandlersOf } from '../../Handlers';
import { notFound } from './notFound';
import { setCardFields } from './setCardFields';
import { findPipeline, listPipelines, listStages } from './pipelines.repo';
import { archivePipeline, createPipeline, renamePipeline, reorderPipeline, restorePipeline } from './pipelines.service';
import { archiveStage, createStage, reorderStage, restoreStage, updateStage } from './stages.service';

export const pipelinesHandlers: HandlersOf<
  | 'pipelines.list'
  | 'pipelines.create'
  | 'pipelines.rename'
  | 'pipelines.archive'
  | 'pipelines.restore'
  | 'pipelines.reorder'
  | 'pipelines.setCardFields'
  | 'stages.list'
  | 'stages.create'
  | 'stages.update'
  | 'stages.reorder'
  | 'stages.archive'
  | 'stages.restore'
> = {
  'pipelines.list': (input, ctx) => listPipelines(ctx.db, input.includeArchived),
  'pipelines.create': (input, ctx) => createPipeline(ctx, input),
  'pipelines.rename': (input, ctx) => renamePipeline(ctx, input.id, input.name),
  'pipelines.archive': (input, ctx) => archivePipeline(ctx, input.id),
  'pipelines.restore': (input, ctx) => restorePipeline(ctx, input.id),
  'pipelines.reorder': (input, ctx) => reorderPipeline(ctx, input.id, input),
  'pipelines.setCardFields': (input, ctx) => setCardFields(ctx, input.id, input.fieldIds),
  'stages.list': (input, ctx) => {
    if (!findPipeline(ctx.db, input.pipelineId)) throw notFound('pipeline', input.pipelineId);
    return listStages(ctx.db, input.pipelineId, input.includeArchived);
  },
  'stages.create': (input, ctx) => createStage(ctx, input),
  'stages.update': (input, ctx) => updateStage(ctx, input.id, input.patch),
  'stages.reorder': (input, ctx) => reorderStage(ctx, input.id, input),
  'stages.archive': (input, ctx) => archiveStage(ctx, input.id, input.moveDealsToStageId),
  'stages.restore': (input, ctx) => restoreStage(ctx, input.id),
};
