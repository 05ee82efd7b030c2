import type { Translate } from '@shared/i18n/Translate';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How far a device's clock runs ahead, in the unit a person reads it in: minutes up to two
 * hours, hours up to two days, then days («на 3 ч», not «на 180 мин»; «на 7 дней», not «на 10080 мин»).
 */
export const clockAheadText = (aheadMs: number, t: Translate): string => {
  if (aheadMs < 2 * HOUR) return t('sync.aheadMinutes', { count: Math.round(aheadMs / MINUTE) });
  if (aheadMs < 2 * DAY) return t('sync.aheadHours', { count: Math.round(aheadMs / HOUR) });
  return t('sync.aheadDays', { count: Math.round(aheadMs / DAY) });
};
