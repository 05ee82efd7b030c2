import type { MyDay } from '@shared/contract/schemas/activities';
import { dayBounds } from '@shared/domain/activities/dayBounds';
import { prepareRaw } from '../../db/sql';
import type { HandlerContext } from '../../HandlerContext';
import { getSettings } from '../settings/settings.service';
import { ACTIVITY_ROW_COLUMNS, ACTIVITY_ROW_JOINS, activityRowFromCells } from './activities.repo';

/** Enough for a day's screen; a rep with more overdue work sees the oldest first. */
const SECTION_LIMIT = 200;

/** One section: live activities matching `where`, in `order`, at most a section's worth. */
const section = (where: string, order: string) => `SELECT * FROM (
  SELECT ${ACTIVITY_ROW_COLUMNS} FROM activities a ${ACTIVITY_ROW_JOINS}
  WHERE a.deleted_at IS NULL AND ${where} ORDER BY ${order} LIMIT ${SECTION_LIMIT})`;

/**
 * The four sections in one statement (one rep's, or with no owner term the team's, so each reads
 * its own index): open tasks due before the day, during it and after it, soonest first, then what
 * was done during the day, newest first. A row's section follows from its own done and due times.
 */
const myDaySql = (owner: string) => {
  const open = `a.done_at IS NULL AND a.due_at IS NOT NULL${owner}`;
  const soonest = 'a.due_at, a.id';
  return [
    section(`${open} AND a.due_at < @start`, soonest),
    section(`${open} AND a.due_at >= @start AND a.due_at < @end`, soonest),
    section(`${open} AND a.due_at >= @end`, soonest),
    section(`a.done_at >= @start AND a.done_at < @end${owner}`, 'a.done_at DESC, a.id DESC'),
  ].join('\nUNION ALL ');
};

const REP_DAY = myDaySql(' AND a.owner_id = @ownerId');
const TEAM_DAY = myDaySql('');

/**
 * A rep's day in the workspace time zone: overdue tasks, today's, the upcoming ones and what was
 * done today. `ownerId` undefined: the current user; null: the whole team (a manager's view).
 */
export const myDay = (ctx: HandlerContext, ownerId: string | null | undefined): MyDay => {
  const now = ctx.clock.now();
  const { start, end } = dayBounds(now, getSettings(ctx.db)['workspace.timeZone']);
  const owner = ownerId === undefined ? ctx.actorId() : ownerId;
  const statement = prepareRaw(ctx.db, owner === null ? TEAM_DAY : REP_DAY);
  const cells = (owner === null ? statement.all({ start, end }) : statement.all({ start, end, ownerId: owner })) as unknown[][];
  const day: MyDay = { overdue: [], today: [], upcoming: [], doneToday: [], dayStart: start, dayEnd: end };
  for (const rowCells of cells) {
    const row = activityRowFromCells(rowCells);
    if (row.doneAt !== null) day.doneToday.push(row);
    else if ((row.dueAt as number) < start) day.overdue.push(row);
    else if ((row.dueAt as number) < end) day.today.push(row);
    else day.upcoming.push(row);
  }
  return day;
};
