import type { Activity } from '@shared/contract/schemas/activities';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useUsers } from '../../users/hooks/useUsers';
import { ReviewStars } from './ReviewStars';
import './ActivityReview.css';

/** A reviewed activity's rating as its timeline line shows it: stars, the score, who and when, the comment. */
export const ActivityReviewLine = ({ activity }: { activity: Activity }) => {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const users = useUsers();
  if (activity.reviewScore === null) return null;
  const reviewer = users?.find((user) => user.id === activity.reviewedBy)?.name ?? t('dealDrawer.someone');
  return (
    <div className="activity-review" data-testid="activity-review">
      <p>
        <ReviewStars score={activity.reviewScore} />{' '}
        <span className="activity-review-score">{t('activities.review.line', { score: activity.reviewScore })}</span>
        <span className="muted">
          {' · '}
          {t('activities.review.by', {
            name: reviewer,
            when: activity.reviewedAt === null ? '' : dates.instant(activity.reviewedAt, 'dateTime'),
          })}
        </span>
      </p>
      {activity.reviewComment ? <p className="activity-review-comment">{activity.reviewComment}</p> : null}
    </div>
  );
};
