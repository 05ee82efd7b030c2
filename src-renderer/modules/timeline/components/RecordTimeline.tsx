import type { Activity } from '@shared/contract/schemas/activities';
import type { TimelinePageEntry, TimelineType } from '@shared/contract/schemas/timeline';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewRefusal } from '@shared/domain/activities/reviewRefusal';
import { ActivityReviewForm } from '../../activities/components/ActivityReviewForm';
import { ActivityReviewLine } from '../../activities/components/ActivityReviewLine';
import { useDeleteActivity } from '../../activities/hooks/useDeleteActivity';
import { useCustomFields } from '../../customFields/hooks/useCustomFields';
import { hashWithDeal } from '../../dealDrawer/utils/dealRoute';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLanguage } from '../../../platform/useLanguage';
import { type TimelineSubject, useTimeline } from '../hooks/useTimeline';
import { describeTimelineEntry } from '../utils/describeTimelineEntry';
import { foldTimeline } from '../utils/foldTimeline';
import { TimelineFilter } from './TimelineFilter';
import './RecordTimeline.css';

/**
 * On a company's (or contact's) timeline a line about one of its deals names the deal, as a link
 * that opens the deal drawer over the page.
 */
const DealLink = ({ entry }: { entry: TimelinePageEntry }) => {
  const { t } = useTranslation();
  if (entry.dealId === null || entry.dealTitle === null) return null;
  return (
    <>
      <a
        className="record-link timeline-deal clamp-2"
        href={hashWithDeal(window.location.hash, entry.dealId)}
        title={entry.dealTitle}
      >
        {t('timeline.inDeal', { title: entry.dealTitle })}
      </a>
      {' · '}
    </>
  );
};

/**
 * A deal's, company's or contact's timeline: done activities, stage changes, field edits
 * (old → new), checklist ticks, deletions — newest first by time then HLC, each with who did it
 * and when; filtered by kind and paged from the core (Show earlier).
 */
export const RecordTimeline = ({
  subject,
  id,
  currency,
  types,
  onEditActivity,
}: {
  subject: TimelineSubject;
  id: string;
  /** Money in field edits (a deal's value) is shown in this currency. */
  currency: string;
  /** The filter's kinds (a company has no checklist). */
  types?: readonly TimelineType[];
  onEditActivity(activity: Activity): void;
}) => {
  const { t } = useTranslation();
  const deleteActivity = useDeleteActivity();
  const language = useLanguage();
  const dates = useDateFormat();
  const [type, setType] = useState<TimelineType | null>(null);
  // A manager rates presentations, demos, proposals and meetings in place (one form open at a time).
  const me = useLiveQuery('users.current', {}, ['settings', 'users']).data ?? null;
  const [reviewing, setReviewing] = useState<string | null>(null);
  const { page, loadMore, loading } = useTimeline(subject, id, type);
  const customFields = useCustomFields(subject, true);
  const fieldsById = useMemo(() => new Map((customFields ?? []).map((field) => [field.id, field])), [customFields]);
  const filter = <TimelineFilter value={type} onChange={setType} {...(types ? { types } : {})} />;
  if (!page)
    return (
      <>
        {filter}
        <p className="muted">{t('common.loading')}</p>
      </>
    );
  const context = {
    refs: page.refs,
    t,
    language,
    currency,
    subject,
    customFields: fieldsById,
    timeZone: dates.timeZone,
  };
  const entries = foldTimeline(page.entries);
  return (
    <>
      {filter}
      {entries.length === 0 ? <p className="muted">{t('timeline.empty')}</p> : null}
      <ol className="timeline" data-testid="timeline">
        {entries.map((folded, index) => {
          const { entry } = folded;
          const line = describeTimelineEntry(folded, context);
          return (
            <li
              key={`${entry.at}-${index}`}
              className={`timeline-entry tone-${line.tone}`}
              data-testid="timeline-entry"
            >
              <span className="timeline-dot" aria-hidden="true" />
              <div className="timeline-body">
                <p className="timeline-text">
                  {line.text}
                  {line.change ? (
                    <span className="timeline-change">
                      <span className="timeline-old">{line.change.from}</span>
                      <span aria-hidden="true"> → </span>
                      <span className="visually-hidden"> {t('dealDrawer.timeline.to')} </span>
                      <span className="timeline-new">{line.change.to}</span>
                    </span>
                  ) : null}
                </p>
                {line.detail ? <p className="timeline-detail">{line.detail}</p> : null}
                <p className="timeline-meta">
                  {subject === 'deal' ? null : <DealLink entry={entry} />}
                  {entry.actorName ?? t('dealDrawer.someone')} · {dates.instant(entry.at, 'dateTime')}
                  {entry.kind === 'activity' ? (
                    <span className="timeline-actions">
                      <button type="button" className="button-link" onClick={() => onEditActivity(entry.activity)}>
                        {t('activities.line.edit')}
                      </button>
                      <button type="button" className="button-link" onClick={() => void deleteActivity(entry.activity)}>
                        {t('activities.line.delete')}
                      </button>
                      {reviewRefusal(entry.activity, me?.active ? me.role : null) === null ? (
                        <button
                          type="button"
                          className="button-link"
                          aria-expanded={reviewing === entry.activity.id}
                          onClick={() => setReviewing(reviewing === entry.activity.id ? null : entry.activity.id)}
                        >
                          {t(
                            entry.activity.reviewScore === null ? 'activities.review.rate' : 'activities.review.change',
                          )}
                        </button>
                      ) : null}
                    </span>
                  ) : null}
                </p>
                {entry.kind === 'activity' ? <ActivityReviewLine activity={entry.activity} /> : null}
                {entry.kind === 'activity' && reviewing === entry.activity.id ? (
                  <ActivityReviewForm activity={entry.activity} onDone={() => setReviewing(null)} />
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      {page.next ? (
        <button type="button" className="button button-small timeline-more" disabled={loading} onClick={loadMore}>
          {loading ? t('timeline.loading') : t('timeline.more')}
        </button>
      ) : null}
    </>
  );
};
