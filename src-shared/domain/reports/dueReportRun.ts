import { addWeeks } from 'date-fns';
import { isoWeekStart } from '../kpi/periodRange';
import { isoWeekOf } from '../kpi/previousPeriod';
import { latestScheduleSlot, type WeeklyTiming } from './latestScheduleSlot';

export type ReportScheduleState = WeeklyTiming & {
  enabled: boolean;
  /** When the schedule was last switched on or re-timed: a slot before it was never promised. */
  armedAt: number;
  /** The slot the scheduler last ran (or tried to run); null before the first. */
  lastSlot: number | null;
};

/** A run the scheduler owes: its slot and the ISO week the report covers. */
export type DueReportRun = { slot: number; week: string };

/** The last full ISO week before an instant (on Monday morning: last week), in the zone. */
export const reportWeekFor = (slot: number, timeZone: string): string =>
  isoWeekOf(addWeeks(isoWeekStart(isoWeekOf(slot, timeZone), timeZone), -1).getTime(), timeZone);

/**
 * Which scheduled report is due now, if any. Only the latest slot is ever owed: a laptop that was
 * off at the scheduled time (or for three weeks) writes the missed week once at its next start —
 * not once per missed tick — and a restart after that run owes nothing until the next slot. A slot
 * before the schedule was switched on or re-timed is not a missed run. Pure, so the catch-up rules
 * are tested on any clock and time zone.
 */
export const dueReportRun = (state: ReportScheduleState, now: number): DueReportRun | null => {
  if (!state.enabled) return null;
  const slot = latestScheduleSlot(state, now);
  if (slot < state.armedAt) return null;
  if (state.lastSlot !== null && slot <= state.lastSlot) return null;
  return { slot, week: reportWeekFor(slot, state.timeZone) };
};
