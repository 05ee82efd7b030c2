import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useDateFormat } from '../../../platform/useDateFormat';
import { firstTouchDelay } from '../utils/firstTouchDelay';

/** The deal's speed to lead: when the first outbound touch happened, and how long after creation. */
export const FirstTouch = ({ dealId }: { dealId: string }) => {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const touch = useLiveQuery('activities.firstTouch', { dealId }, ['activities', 'deals']).data;
  if (!touch) return null;
  const doneAt = touch.activity?.doneAt;
  return (
    <span className="drawer-first-touch muted" data-testid="first-touch">
      {t('activities.firstTouch.label')}:{' '}
      {doneAt != null
        ? `${dates.instant(doneAt, 'dateTime')} · ${firstTouchDelay(doneAt, touch.dealCreatedAt, t)}`
        : t('activities.firstTouch.none')}
    </span>
  );
};
