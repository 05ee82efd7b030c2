import { isoWeekOf, previousPeriod } from '@shared/domain/kpi/previousPeriod';
import type { Db } from '../db/Db';
import { getSettings } from '../modules/settings/settings.service';
import { loadWeeklyReport } from './loadWeeklyReport';

/**
 * Makes sure the report the Reports page opens on (the last full week in the workspace's zone, no
 * filter, against the week before) is kept (m0081), so the first look reads it rather than
 * computing it. A file that takes no writes keeps nothing: there it is left to the page.
 */
export const warmLastWeekReport = (db: Db, now: number): void => {
  if (db.sqlite.readonly) return;
  const timeZone = getSettings(db)['workspace.timeZone'];
  const week = previousPeriod({ kind: 'week', week: isoWeekOf(now, timeZone) }, timeZone);
  loadWeeklyReport(db, { period: week, filters: {} }, now);
};
