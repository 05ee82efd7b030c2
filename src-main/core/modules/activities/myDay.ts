import type { MyDay } from '@shared/contract/schemas/activities';
import { dayBounds } from '@shared/domain/activities/dayBounds';
import type { HandlerContext } from '../../HandlerContext';
import { getSettings } from '../settings/settings.service';
import { doneBetween, openTasksDue } from './activities.repo';

/** Enough for a day's screen; a rep with more overdue work sees the oldest first. */
const SECTION_LIMIT = 200;

/**
 * A rep's day in the workspace time zone: overdue tasks, today's, the upcoming ones and what was
 * done today. `ownerId` undefined: the current user; null: the whole team (a manager's view).
 */
export const myDay = (ctx: HandlerContext, ownerId: string | null | undefined): MyDay => {
  const now = ctx.clock.now();
  const { start, end } = dayBounds(now, getSettings(ctx.db)['workspace.timeZone']);
  const scope = { ownerId: ownerId === undefined ? ctx.actorId() : ownerId };
  return {
    overdue: openTasksDue(ctx.db, scope, null, start, SECTION_LIMIT),
    today: openTasksDue(ctx.db, scope, start, end, SECTION_LIMIT),
    upcoming: openTasksDue(ctx.db, scope, end, null, SECTION_LIMIT),
    doneToday: doneBetween(ctx.db, scope, start, end, SECTION_LIMIT),
    dayStart: start,
    dayEnd: end,
  };
};
