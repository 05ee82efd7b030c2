import { isoWeekOf, localMonthOf, previousPeriod } from '@shared/domain/kpi/previousPeriod';
import type { Db } from '../db/Db';
import { keepPreviousPeriodFigures } from '../modules/analytics/analytics.service';
import { getSettings } from '../modules/settings/settings.service';
import { loadWeeklyReport } from './loadWeeklyReport';

/** The Reports page's report: the last full week in the workspace's zone, no filter, against the week before. */
const warmLastWeekReport = (db: Db, now: number): void => {
  const timeZone = getSettings(db)['workspace.timeZone'];
  const week = previousPeriod({ kind: 'week', week: isoWeekOf(now, timeZone) }, timeZone);
  loadWeeklyReport(db, { period: week, filters: {} }, now);
};

/** The figures of the month before the running one, which the Analytics page (opening on this month) shows beside it. */
const warmLastMonthFigures = (db: Db, now: number): void => {
  const month = localMonthOf(now, getSettings(db)['workspace.timeZone']);
  keepPreviousPeriodFigures(db, { period: { kind: 'month', month }, filters: {} }, now);
};

/**
 * What the report pages open on, to be kept (m0081) so their first look reads it rather than
 * computing it, as separate steps: each takes the core's thread for up to a second on a large
 * file, and the warm-up lets a call in between them. A file that takes no writes keeps nothing:
 * there both are left to the pages.
 */
export const openingReportWarmUps = (db: Db, now: () => number): (() => void)[] =>
  db.sqlite.readonly ? [] : [() => warmLastWeekReport(db, now()), () => warmLastMonthFigures(db, now())];

/** Every step at once (the bench, the tests). */
export const warmOpeningReports = (db: Db, now: number): void => {
  for (const step of openingReportWarmUps(db, () => now)) step();
};
