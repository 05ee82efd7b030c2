import type { HandlersOf } from '../../Handlers';
import {
  createControlPoint,
  listControlPoints,
  reorderControlPoint,
  setControlPointArchived,
  updateControlPoint,
} from './controlPoints.service';
import { checkDeal, dealChecklist } from './dealChecklist.service';

export const controlPointsHandlers: HandlersOf<
  | 'controlPoints.list'
  | 'controlPoints.create'
  | 'controlPoints.update'
  | 'controlPoints.archive'
  | 'controlPoints.restore'
  | 'controlPoints.reorder'
  | 'deals.checklist'
  | 'deals.check'
> = {
  'controlPoints.list': (input, ctx) => listControlPoints(ctx, input),
  'controlPoints.create': (input, ctx) => createControlPoint(ctx, input),
  'controlPoints.update': (input, ctx) => updateControlPoint(ctx, input.id, input.patch),
  'controlPoints.archive': (input, ctx) => setControlPointArchived(ctx, input.id, true),
  'controlPoints.restore': (input, ctx) => setControlPointArchived(ctx, input.id, false),
  'controlPoints.reorder': (input, ctx) => reorderControlPoint(ctx, input.id, input),
  'deals.checklist': (input, ctx) => dealChecklist(ctx.db, input.dealId),
  'deals.check': (input, ctx) => checkDeal(ctx, input),
};
