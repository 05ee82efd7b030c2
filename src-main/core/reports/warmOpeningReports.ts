import { isoWeekOf, localMonthOf, previousPeriod } from '@shared/domain/kpi/previousPeriod';
import type { Db } from '../db/Db';
import { keepPreviousPeriodFigures } from '../modules/analytics/analytics.service';
import { getSettings } from '../modules/settings/settings.service';
import { loadWeeklyReport } from './loadWeeklyReport';

/**
 * Makes sure what the report pages open on is kept (m0081), so their first look reads it rather
 * than computing it: the Reports page's report (the last full week in the workspace's zone, no
 * filter, against the week before) and the figures of the month before the running one, which
 * the Analytics page (opening on this month, never kept) shows beside it. A file that takes no
 * writes keeps nothing: there both are left to the pages.
 */
export const warmOpeningReports = (db: Db, now: number): void => {
  if (db.sqlite.readonly) return;
  const timeZone = getSettings(db)['workspace.timeZone'];
  const week = previousPeriod({ kind: 'week', week: isoWeekOf(now, timeZone) }, timeZone);
  loadWeeklyReport(db, { period: week, filters: {} }, now);
  keepPreviousPeriodFigures(db, { period: { kind: 'month', month: localMonthOf(now, timeZone) }, filters: {} }, now);
};
