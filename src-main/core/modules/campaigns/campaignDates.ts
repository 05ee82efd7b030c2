import { calendarDateInZone } from '@shared/domain/calendarDate';
import { periodRange } from '@shared/domain/kpi/periodRange';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** A campaign's first day as the instant it starts: local midnight in the workspace zone. */
export const startOfDay = (date: string, timeZone: string): number =>
  periodRange({ kind: 'custom', from: date, to: date }, timeZone).from;

/** A campaign's last day as the instant it is over: the next local midnight (exclusive end). */
export const endOfDay = (date: string, timeZone: string): number =>
  periodRange({ kind: 'custom', from: date, to: date }, timeZone).to;

export const startsOnOf = (startsAt: number | null, timeZone: string): string | null =>
  startsAt === null ? null : calendarDateInZone(startsAt, timeZone);

export const endsOnOf = (endsAt: number | null, timeZone: string): string | null =>
  endsAt === null ? null : calendarDateInZone(endsAt - 1, timeZone);

/** The ISO week ("2026-W49") a cost row starts in. */
export const isoWeekOf = (at: number, timeZone: string): string => format(new TZDate(at, timeZone), "RRRR-'W'II");
