import type { Activity } from '@shared/contract/schemas/activities';
import { REVIEW_SCORES } from '@shared/contract/schemas/activities';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReviewActivity } from '../hooks/useReviewActivity';
import './ActivityReview.css';

/**
 * A manager's rating of a presentation, demo, proposal or meeting, in place under its timeline
 * line: 1–5 (radio stars, arrow keys move between them) and a comment; Remove withdraws it.
 */
export const ActivityReviewForm = ({ activity, onDone }: { activity: Activity; onDone(): void }) => {
  const { t } = useTranslation();
  const review = useReviewActivity();
  const commentId = useId();
  const [score, setScore] = useState<number | null>(activity.reviewScore);
  const [comment, setComment] = useState(activity.reviewComment ?? '');
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);

  const save = async (next: number | null) => {
    setBusy(true);
    const saved = await review(activity.id, next, next === null ? '' : comment);
    setBusy(false);
    if (saved) onDone();
  };

  return (
    <form
      className="activity-review-form"
      aria-label={t('activities.review.legend')}
      onSubmit={(event) => {
        event.preventDefault();
        if (score === null) setMissing(true);
        else void save(score);
      }}
    >
      <fieldset className="review-score-picker">
        <legend>{t('activities.review.legend')}</legend>
        {REVIEW_SCORES.map((value) => (
          <label key={value} className={score !== null && value <= score ? 'review-star is-on' : 'review-star'}>
            <input
              type="radio"
              name={`review-${activity.id}`}
              value={value}
              checked={score === value}
              aria-label={t('activities.review.score', { score: value })}
              onChange={() => {
                setScore(value);
                setMissing(false);
              }}
            />
            <span aria-hidden="true">★</span>
          </label>
        ))}
        {score !== null ? <span className="muted">{t('activities.review.score', { score })}</span> : null}
      </fieldset>
      {missing ? (
        <p role="alert" className="field-error">
          {t('activities.review.chooseScore')}
        </p>
      ) : null}
      <label htmlFor={commentId} className="activity-review-label">
        {t('activities.review.comment')}
      </label>
      <textarea
        id={commentId}
        className="input"
        rows={2}
        maxLength={2000}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <div className="activity-review-buttons">
        <button type="submit" className="button button-primary button-small" disabled={busy}>
          {t('activities.review.save')}
        </button>
        <button type="button" className="button button-small" disabled={busy} onClick={onDone}>
          {t('activities.review.cancel')}
        </button>
        {activity.reviewScore !== null ? (
          <button type="button" className="button button-small" disabled={busy} onClick={() => void save(null)}>
            {t('activities.review.remove')}
          </button>
        ) : null}
      </div>
    </form>
  );
};
