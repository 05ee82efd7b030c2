import type { ReportRun, ReportSchedule, ReportScheduleSettings } from '@shared/contract/schemas/reportSchedule';
import { dueReportRun, reportWeekFor } from '@shared/domain/reports/dueReportRun';
import { latestScheduleSlot } from '@shared/domain/reports/latestScheduleSlot';
import { isAbsolute } from 'node:path';
import { statSync } from 'node:fs';
import { DomainError } from '../../DomainError';
import type { HandlerContext } from '../../HandlerContext';
import { transaction } from '../../db/sql';
import { fieldError } from '../companies/fieldError';
import { findPipelineRow } from '../pipelines/pipelines.repo';
import { getSettings } from '../settings/settings.service';
import { findUserRow } from '../users/users.repo';
import { reportFolderOf } from './reportFolderOf';
import {
  readReportSchedule,
  type ReportScheduleRow,
  writeReportFolder,
  writeReportRun,
  writeReportSettings,
} from './reportSchedule.repo';
import { writeReportFiles } from './writeReportFiles';

const DAY_MS = 86_400_000;

const timeZoneOf = (ctx: HandlerContext) => getSettings(ctx.db)['workspace.timeZone'];

/** The first slot after `now` (a week after the latest one, counted on the calendar, not in hours). */
const nextRunAt = (row: ReportScheduleRow, timeZone: string, now: number): number | null => {
  if (!row.enabled) return null;
  const timing = { weekday: row.weekday, time: row.time, timeZone };
  return latestScheduleSlot(timing, latestScheduleSlot(timing, now) + 8 * DAY_MS);
};

const view = (ctx: HandlerContext, row: ReportScheduleRow): ReportSchedule => {
  const timeZone = timeZoneOf(ctx);
  const { folder, armedAt, lastSlot: _lastSlot, ...settings } = row;
  return {
    ...settings,
    // Never saved: the row's default ('ru') is no one's choice, so the page offers its own language.
    language: armedAt === 0 ? null : settings.language,
    folder: reportFolderOf(ctx.reportFolder, folder),
    timeZone,
    nextRunAt: nextRunAt(row, timeZone, ctx.clock.now()),
    lastRun: row.lastRun,
  };
};

export const getReportSchedule = (ctx: HandlerContext): ReportSchedule => view(ctx, readReportSchedule(ctx.db));

/**
 * Saves the schedule. Switching it on, or moving its day or time, arms it now: the slots already
 * past are not "missed" (turning it on on Wednesday does not write Monday's report at once).
 */
export const setReportSchedule = (ctx: HandlerContext, settings: ReportScheduleSettings): ReportSchedule => {
  // A deactivated rep may still be reported on (the page lists them too): only existence is checked.
  if (settings.ownerId !== null && !findUserRow(ctx.db, settings.ownerId)) {
    throw fieldError(['ownerId'], 'owner_not_found', 'The owner does not exist');
  }
  if (settings.pipelineId !== null && !findPipelineRow(ctx.db, settings.pipelineId)) {
    throw fieldError(['pipelineId'], 'record_not_found', 'No such pipeline');
  }
  const now = ctx.clock.now();
  transaction(ctx.db, () => {
    const before = readReportSchedule(ctx.db);
    const retimed = !before.enabled || before.weekday !== settings.weekday || before.time !== settings.time;
    // The first save arms it too (a schedule off runs nothing): from then on its language is a choice.
    const firstSave = before.armedAt === 0;
    writeReportSettings(ctx.db, settings, (settings.enabled && retimed) || firstSave ? now : before.armedAt);
  });
  return getReportSchedule(ctx);
};

const run = async (ctx: HandlerContext, week: string, trigger: ReportRun['trigger'], slot: number | null) => {
  const row = readReportSchedule(ctx.db);
  const done = await writeReportFiles(ctx.db, row, reportFolderOf(ctx.reportFolder, row.folder), {
    week,
    trigger,
    now: ctx.clock.now(),
  });
  transaction(ctx.db, () => writeReportRun(ctx.db, done, slot));
  return done;
};

/** "Run now": last week's report in the schedule's formats, whether the schedule is on or not. */
export const runReportNow = (ctx: HandlerContext): Promise<ReportRun> =>
  run(ctx, reportWeekFor(ctx.clock.now(), timeZoneOf(ctx)), 'manual', null);

/**
 * The timer's call: writes the due slot's report, if one is due (see dueReportRun), and records the
 * slot whatever came of it — a failed run is shown and left to "Run now", not retried every minute.
 */
export const tickReportSchedule = async (ctx: HandlerContext): Promise<{ ran: ReportRun | null }> => {
  const row = readReportSchedule(ctx.db);
  const due = dueReportRun({ ...row, timeZone: timeZoneOf(ctx) }, ctx.clock.now());
  if (due === null) return { ran: null };
  const ran = await run(ctx, due.week, 'schedule', due.slot);
  ctx.emit({ type: 'data.changed', tables: ['report_schedule'] });
  return { ran };
};

/**
 * The desktop app's folder dialog answered (main calls this, never the page: it is not in the
 * contract). Null goes back to the default folder.
 */
export const setReportFolder = (ctx: HandlerContext, folder: string | null): ReportSchedule => {
  if (!ctx.reportFolder.canChoose) throw new DomainError('FORBIDDEN', 'This host fixes the report folder');
  if (folder !== null && (!isAbsolute(folder) || !statSync(folder, { throwIfNoEntry: false })?.isDirectory())) {
    throw new DomainError('NOT_FOUND', 'Not an existing folder');
  }
  transaction(ctx.db, () => writeReportFolder(ctx.db, folder));
  return getReportSchedule(ctx);
};
