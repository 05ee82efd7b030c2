import type { HandlersOf } from '../../Handlers';
import { listLossReasonRows, toLossReason } from './lossReasons.repo';
import { createLossReason, renameLossReason, reorderLossReason, setLossReasonArchived } from './lossReasons.service';

export const lossReasonsHandlers: HandlersOf<
  | 'lossReasons.list'
  | 'lossReasons.create'
  | 'lossReasons.rename'
  | 'lossReasons.archive'
  | 'lossReasons.unarchive'
  | 'lossReasons.reorder'
> = {
  'lossReasons.list': (input, ctx) => listLossReasonRows(ctx.db, input.includeArchived).map(toLossReason),
  'lossReasons.create': (input, ctx) => createLossReason(ctx, input.name),
  'lossReasons.rename': (input, ctx) => renameLossReason(ctx, input.id, input.name),
  'lossReasons.archive': (input, ctx) => setLossReasonArchived(ctx, input.id, true),
  'lossReasons.unarchive': (input, ctx) => setLossReasonArchived(ctx, input.id, false),
  'lossReasons.reorder': (input, ctx) => reorderLossReason(ctx, input),
};
