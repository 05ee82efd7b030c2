import { addWeeks } from 'date-fns';
import { isoWeekOf } from '@shared/domain/kpi/previousPeriod';
import { isoWeekStart } from '@shared/domain/kpi/periodRange';

/** The ISO week `weeks` before or after `week` ("2026-W48" + 1 → "2026-W49"), across years, in the zone. */
export const shiftWeek = (week: string, weeks: number, timeZone: string): string =>
  isoWeekOf(addWeeks(isoWeekStart(week, timeZone), weeks).getTime(), timeZone);
