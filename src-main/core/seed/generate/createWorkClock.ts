import type { Random } from './createRandom';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const WORK_START_HOUR = 9;
const WORK_END_HOUR = 19;

/**
 * Office hours in the workspace's time zone (a fixed UTC offset is close enough for a generator):
 * people call, meet and move deals on weekdays between 9 and 19, with the odd late e-mail.
 */
export type WorkClock = {
  /** 0 = Monday … 6 = Sunday, in local time. */
  weekday(at: number): number;
  isWorkTime(at: number): boolean;
  /** `at` if it is office time, else a few minutes into the next office period. */
  nextWorkTime(at: number): number;
  /** A moment in [from, to] with office hours strongly preferred; `from` when the span is empty. */
  sampleBetween(from: number, to: number): number;
  /** A moment on the local day containing `dayStart`, office hours preferred. */
  sampleOnDay(dayStart: number, afterHoursShare: number): number;
  /** Local midnight at or before `at`, as UTC epoch ms. */
  dayStart(at: number): number;
};

export const createWorkClock = (random: Random, utcOffsetMinutes: number): WorkClock => {
  const offset = utcOffsetMinutes * MINUTE;
  const localHour = (at: number): number => Math.floor(((((at + offset) % DAY) + DAY) % DAY) / HOUR);
  const dayStart = (at: number): number => Math.floor((at + offset) / DAY) * DAY - offset;
  // 1970-01-01 was a Thursday (weekday 3 when Monday is 0).
  const weekday = (at: number): number => (((Math.floor((at + offset) / DAY) + 3) % 7) + 7) % 7;
  const isWorkTime = (at: number): boolean => {
    const hour = localHour(at);
    return weekday(at) < 5 && hour >= WORK_START_HOUR && hour < WORK_END_HOUR;
  };

  const nextWorkTime = (moment: number): number => {
    // Whole milliseconds: the tables are STRICT and keep times as integers.
    const at = Math.floor(moment);
    if (isWorkTime(at)) return at;
    let day = dayStart(at);
    if (localHour(at) >= WORK_END_HOUR || weekday(at) >= 5) day += DAY;
    while (weekday(day + HOUR) >= 5) day += DAY;
    return day + WORK_START_HOUR * HOUR + random.int(5, 90) * MINUTE;
  };

  const sampleBetween = (low: number, high: number): number => {
    const from = Math.floor(low);
    const to = Math.floor(high);
    if (to <= from) return from;
    let candidate = from;
    for (let attempt = 0; attempt < 6; attempt += 1) {
      candidate = from + Math.floor(random.float() * (to - from));
      if (isWorkTime(candidate) || random.chance(0.04)) return candidate;
    }
    const moved = nextWorkTime(candidate);
    return moved <= to ? moved : candidate;
  };

  const sampleOnDay = (dayStartAt: number, afterHoursShare: number): number => {
    const day = Math.floor(dayStartAt);
    if (random.chance(afterHoursShare)) return day + Math.floor(random.float() * DAY);
    // Two humps: late morning and mid-afternoon, as inbound traffic and call logs show.
    const hour = random.chance(0.5) ? 10 + random.float() * 3 : 14 + random.float() * 4;
    const clamped = Math.min(WORK_END_HOUR - 0.01, Math.max(WORK_START_HOUR, hour + random.normal() * 0.6));
    return day + Math.floor(clamped * HOUR);
  };

  return { weekday, isWorkTime, nextWorkTime, sampleBetween, sampleOnDay, dayStart };
};
