import { z } from 'zod';
import { mutation, query, trustedQuery } from '../procedure';
import {
  activitiesListInputSchema,
  activitiesListOutputSchema,
  activityCompleteInputSchema,
  activityLogInputSchema,
  activityPlanInputSchema,
  activityReviewInputSchema,
  activityRowSchema,
  activitySchema,
  activityUpdateInputSchema,
  firstTouchSchema,
  myDayInputSchema,
  myDaySchema,
} from '../schemas/activities';
import { idSchema } from '../schemas/common';

const byId = z.object({ id: idSchema }).strict();
const byDeal = z.object({ dealId: idSchema }).strict();

export const activityProcedures = {
  /** One activity by id, tombstoned too (`deletedAt` set). */
  'activities.get': query(byId, activitySchema),
  /** Logs a call, e-mail, meeting, demo, presentation, proposal, nurture touch or note (back-datable). */
  'activities.log': mutation(activityLogInputSchema, activitySchema, ['activities']),
  /** Plans a task (a next step) due at a time. */
  'activities.plan': mutation(activityPlanInputSchema, activitySchema, ['activities']),
  /** Edit, reschedule (dueAt), reassign (ownerId), re-date (doneAt). */
  'activities.update': mutation(activityUpdateInputSchema, activitySchema, ['activities']),
  /** Completes a task, optionally logging what did it in the same write. */
  'activities.complete': mutation(activityCompleteInputSchema, activitySchema, ['activities']),
  /** Undoes a completion. */
  'activities.reopen': mutation(byId, activitySchema, ['activities']),
  'activities.delete': mutation(byId, activitySchema, ['activities']),
  'activities.restore': mutation(byId, activitySchema, ['activities']),
  /** A manager's 1–5 quality review of a done presentation, demo, proposal or meeting (FORBIDDEN for a rep). */
  'activities.review': mutation(activityReviewInputSchema, activitySchema, ['activities']),
  /** Overdue, today, upcoming and done today for a rep (or the team). */
  'activities.myDay': query(myDayInputSchema, myDaySchema),
  /** The activities table: logged activities by type, owner, period and outcome, sorted and paged. */
  'activities.list': trustedQuery(activitiesListInputSchema, activitiesListOutputSchema),
  /** A deal's open tasks, soonest first. */
  'activities.dealTasks': query(byDeal, z.array(activityRowSchema)),
  /** A deal's first outbound touch (speed to lead). */
  'activities.firstTouch': query(byDeal, firstTouchSchema),
} as const;
