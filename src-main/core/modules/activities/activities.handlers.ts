import type { HandlersOf } from '../../Handlers';
import { dealOpenTasks } from './activities.repo';
import {
  completeTask,
  getActivity,
  logActivity,
  planTask,
  reopenTask,
  reviewActivity,
  setActivityDeleted,
  updateActivity,
} from './activities.service';
import { dealFirstTouch } from './dealFirstTouch';
import { listActivities } from './listActivities';
import { myDay } from './myDay';

export const activitiesHandlers: HandlersOf<
  | 'activities.get'
  | 'activities.log'
  | 'activities.plan'
  | 'activities.update'
  | 'activities.complete'
  | 'activities.reopen'
  | 'activities.delete'
  | 'activities.restore'
  | 'activities.review'
  | 'activities.myDay'
  | 'activities.dealTasks'
  | 'activities.list'
  | 'activities.firstTouch'
> = {
  'activities.get': (input, ctx) => getActivity(ctx.db, input.id),
  'activities.log': (input, ctx) => logActivity(ctx, input),
  'activities.plan': (input, ctx) => planTask(ctx, input),
  'activities.update': (input, ctx) => updateActivity(ctx, input.id, input.patch),
  'activities.complete': (input, ctx) => completeTask(ctx, input),
  'activities.reopen': (input, ctx) => reopenTask(ctx, input.id),
  'activities.delete': (input, ctx) => setActivityDeleted(ctx, input.id, true),
  'activities.restore': (input, ctx) => setActivityDeleted(ctx, input.id, false),
  'activities.review': (input, ctx) => reviewActivity(ctx, input),
  'activities.myDay': (input, ctx) => myDay(ctx, input.ownerId),
  'activities.dealTasks': (input, ctx) => dealOpenTasks(ctx.db, input.dealId),
  'activities.list': (input, ctx) => listActivities(ctx.db, input),
  'activities.firstTouch': (input, ctx) => dealFirstTouch(ctx.db, input.dealId),
};
