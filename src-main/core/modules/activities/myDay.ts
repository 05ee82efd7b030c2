import type { MyDay } from '@shared/contract/schemas/activities';
import { dayBounds } from '@shared/domain/activities/dayBounds';
import { MY_DAY_SECTION_LIMIT } from '@shared/domain/activities/MY_DAY_SECTION_LIMIT';
import { prepareRaw } from '../../db/sql';
import type { HandlerContext } from '../../HandlerContext';
import { getSettings } from '../settings/settings.service';
import { ACTIVITY_ROW_COLUMNS, ACTIVITY_ROW_JOINS, activityRowFromCells } from './activities.repo';

/** A section's rows: live activities matching `where`, in `order`, at most a section's worth. */
const section = (where: string, order: string) => `SELECT * FROM (
  SELECT ${ACTIVITY_ROW_COLUMNS} FROM activities a ${ACTIVITY_ROW_JOINS}
  WHERE a.deleted_at IS NULL AND ${where} ORDER BY ${order} LIMIT ${MY_DAY_SECTION_LIMIT})`;

type SectionName = keyof MyDay['totals'];

/** Which rows each section holds: open tasks due before the day, during it and after it, then what was done during it. */
const sectionTerms = (owner: string): Record<SectionName, string> => {
  const open = `a.done_at IS NULL AND a.due_at IS NOT NULL${owner}`;
  return {
    overdue: `${open} AND a.due_at < @start`,
    today: `${open} AND a.due_at >= @start AND a.due_at < @end`,
    upcoming: `${open} AND a.due_at >= @end`,
    doneToday: `a.done_at >= @start AND a.done_at < @end${owner}`,
  };
};

/**
 * The four sections in one statement (one rep's, or with no owner term the team's, so each reads
 * its own index): open tasks soonest first, what was done newest first. A row's section follows
 * from its own done and due times.
 */
const myDaySql = (owner: string) => {
  const terms = sectionTerms(owner);
  const soonest = 'a.due_at, a.id';
  return [
    section(terms.overdue, soonest),
    section(terms.today, soonest),
    section(terms.upcoming, soonest),
    section(terms.doneToday, 'a.done_at DESC, a.id DESC'),
  ].join('\nUNION ALL ');
};

/** A full section's real size (only asked when it reached the limit, which a normal day never does). */
const countSql = (owner: string, name: SectionName) =>
  `SELECT COUNT(*) FROM activities a WHERE a.deleted_at IS NULL AND ${sectionTerms(owner)[name]}`;

const OWNER_TERM = ' AND a.owner_id = @ownerId';
const REP_DAY = myDaySql(OWNER_TERM);
const TEAM_DAY = myDaySql('');

/**
 * A rep's day in the workspace time zone: overdue tasks, today's, the upcoming ones and what was
 * done today. `ownerId` undefined: the current user; null: the whole team (a manager's view).
 */
export const myDay = (ctx: HandlerContext, ownerId: string | null | undefined): MyDay => {
  const now = ctx.clock.now();
  const { start, end } = dayBounds(now, getSettings(ctx.db)['workspace.timeZone']);
  const owner = ownerId === undefined ? ctx.actorId() : ownerId;
  const ownerTerm = owner === null ? '' : OWNER_TERM;
  const params = owner === null ? { start, end } : { start, end, ownerId: owner };
  const cells = prepareRaw(ctx.db, owner === null ? TEAM_DAY : REP_DAY).all(params) as unknown[][];
  const day: MyDay = {
    overdue: [],
    today: [],
    upcoming: [],
    doneToday: [],
    totals: { overdue: 0, today: 0, upcoming: 0, doneToday: 0 },
    dayStart: start,
    dayEnd: end,
  };
  for (const rowCells of cells) {
    const row = activityRowFromCells(rowCells);
    if (row.doneAt !== null) day.doneToday.push(row);
    else if ((row.dueAt as number) < start) day.overdue.push(row);
    else if ((row.dueAt as number) < end) day.today.push(row);
    else day.upcoming.push(row);
  }
  for (const name of Object.keys(day.totals) as SectionName[]) {
    day.totals[name] =
      day[name].length < MY_DAY_SECTION_LIMIT
        ? day[name].length
        : (prepareRaw(ctx.db, countSql(ownerTerm, name)).get(params) as [number])[0];
  }
  return day;
};
