import type { HandlersOf } from '../../Handlers';
import { listLeadSourceRows, toLeadSource } from './leadSources.repo';
import { createLeadSource, renameLeadSource, setLeadSourceArchived } from './leadSources.service';

export const leadSourcesHandlers: HandlersOf<
  'leadSources.list' | 'leadSources.create' | 'leadSources.rename' | 'leadSources.archive' | 'leadSources.unarchive'
> = {
  'leadSources.list': (input, ctx) => listLeadSourceRows(ctx.db, input.includeArchived).map(toLeadSource),
  'leadSources.create': (input, ctx) => createLeadSource(ctx, input.name),
  'leadSources.rename': (input, ctx) => renameLeadSource(ctx, input.id, input.name),
  'leadSources.archive': (input, ctx) => setLeadSourceArchived(ctx, input.id, true),
  'leadSources.unarchive': (input, ctx) => setLeadSourceArchived(ctx, input.id, false),
};
