import type { Translate } from '@shared/i18n/Translate';

const MINUTE = 60_000;

/** "2 h 15 min" style, in the UI language. */
const spanText = (minutes: number, t: Translate): string => {
  if (minutes < 60) return t('activities.firstTouch.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('activities.firstTouch.hours', { hours, minutes: minutes % 60 });
  return t('activities.firstTouch.days', { count: Math.floor(hours / 24) });
};

/**
 * How long after the deal's creation its first touch came, in words. A touch within the first
 * half-minute reads "immediately" rather than "after 0 minutes"; one logged before the deal existed
 * (a call to the contact, back-dated or made before the deal was opened) says so, where "after"
 * would be wrong. Analytics counts both as an immediate touch.
 */
export const firstTouchDelay = (touchedAt: number, dealCreatedAt: number, t: Translate): string => {
  if (touchedAt < dealCreatedAt) return t('activities.firstTouch.beforeDeal');
  const minutes = Math.round((touchedAt - dealCreatedAt) / MINUTE);
  if (minutes === 0) return t('activities.firstTouch.immediately');
  return t('activities.firstTouch.after', { time: spanText(minutes, t) });
};
