import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useDateFormat } from '../../../platform/useDateFormat';

const MINUTE = 60_000;

/** "2 h 15 min" style, in the UI language. */
const spanText = (ms: number, t: (key: string, options?: Record<string, unknown>) => string): string => {
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return t('activities.firstTouch.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('activities.firstTouch.hours', { hours, minutes: minutes % 60 });
  return t('activities.firstTouch.days', { count: Math.floor(hours / 24) });
};

/** The deal's speed to lead: when the first outbound touch happened, and how long after creation. */
export const FirstTouch = ({ dealId }: { dealId: string }) => {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const touch = useLiveQuery('activities.firstTouch', { dealId }, ['activities', 'deals']).data;
  if (!touch) return null;
  return (
    <span className="drawer-first-touch muted" data-testid="first-touch">
      {t('activities.firstTouch.label')}:{' '}
      {touch.activity?.doneAt != null && touch.afterMs !== null
        ? `${dates.instant(touch.activity.doneAt, 'dateTime')} · ${t('activities.firstTouch.after', { time: spanText(touch.afterMs, t) })}`
        : t('activities.firstTouch.none')}
    </span>
  );
};
