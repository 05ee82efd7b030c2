import type { Activity } from '@shared/contract/schemas/activities';
import type { TimelineType } from '@shared/contract/schemas/timeline';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeleteActivity } from '../../activities/hooks/useDeleteActivity';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLanguage } from '../../../platform/useLanguage';
import { TimelineFilter } from '../../timeline/components/TimelineFilter';
import { useTimeline } from '../../timeline/hooks/useTimeline';
import { describeTimelineEntry } from '../utils/describeTimelineEntry';
import { foldTimeline } from '../utils/foldTimeline';

/**
 * The deal's timeline: done activities, stage changes, field edits (old → new), checklist ticks,
 * deletions — newest first by time then HLC, each with who did it and when; filtered by kind and
 * paged from the core (Show earlier).
 */
export const DealTimeline = ({
  dealId,
  currency,
  onEditActivity,
}: {
  dealId: string;
  currency: string;
  onEditActivity(activity: Activity): void;
}) => {
  const { t } = useTranslation();
  const deleteActivity = useDeleteActivity();
  const language = useLanguage();
  const dates = useDateFormat();
  const [type, setType] = useState<TimelineType | null>(null);
  const { page, loadMore, loading } = useTimeline('deal', dealId, type);
  const filter = <TimelineFilter value={type} onChange={setType} />;
  if (!page)
    return (
      <>
        {filter}
        <p className="muted">{t('common.loading')}</p>
      </>
    );
  const context = { refs: page.refs, t, language, currency };
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
                  {entry.actorName ?? t('dealDrawer.someone')} · {dates.instant(entry.at, 'dateTime')}
                  {entry.kind === 'activity' ? (
                    <span className="timeline-actions">
                      <button type="button" className="button-link" onClick={() => onEditActivity(entry.activity)}>
                        {t('activities.line.edit')}
                      </button>
                      <button type="button" className="button-link" onClick={() => void deleteActivity(entry.activity)}>
                        {t('activities.line.delete')}
                      </button>
                    </span>
                  ) : null}
                </p>
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
