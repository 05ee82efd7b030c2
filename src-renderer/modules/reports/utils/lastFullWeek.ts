import { isoWeekOf } from '@shared/domain/kpi/previousPeriod';
import { shiftWeek } from './shiftWeek';

/** The week a manager reports on by default: the last one that has ended (on Monday, last week). */
export const lastFullWeek = (now: number, timeZone: string): string =>
  shiftWeek(isoWeekOf(now, timeZone), -1, timeZone);
