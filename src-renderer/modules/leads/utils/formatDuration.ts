import type { Translate } from '@shared/i18n/Translate';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "45 min", "3 h 20 min", "14 h", "2 d 4 h": an SLA countdown or overrun in words (the sign dropped). */
export const formatDuration = (ms: number, t: Translate): string => {
  const abs = Math.abs(ms);
  if (abs < HOUR) return t('leads.duration.minutes', { count: Math.max(1, Math.floor(abs / MINUTE)) });
  // From ten hours on, minutes are noise and would not fit the SLA pill.
  if (abs < DAY && abs >= 10 * HOUR) return t('leads.duration.wholeHours', { hours: Math.floor(abs / HOUR) });
  if (abs < DAY) {
    return t('leads.duration.hours', { hours: Math.floor(abs / HOUR), minutes: Math.floor((abs % HOUR) / MINUTE) });
  }
  return t('leads.duration.days', { days: Math.floor(abs / DAY), hours: Math.floor((abs % DAY) / HOUR) });
};
