import type { CompanyTimelineItem } from '@shared/contract/schemas/companies';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { Icon, type IconName } from '../../../ui/Icon';
import { timelineFieldLabel, timelineValueText } from '../utils/timelineText';

const ICONS: Record<CompanyTimelineItem['kind'], IconName> = {
  created: 'plus',
  field: 'edit',
  deleted: 'trash',
  restored: 'check',
  activity: 'activities',
};

const Entry = ({ item, userName }: { item: CompanyTimelineItem; userName(id: string): string | null }) => {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const actorId = item.kind === 'activity' ? item.ownerId : item.actorId;
  const actor = actorId ? (userName(actorId) ?? t('companies.timeline.system')) : t('companies.timeline.system');
  const value = (field: string, raw: string | number | boolean | null) => timelineValueText(field, raw, t, userName);

  let title: string;
  let body = null;
  switch (item.kind) {
    case 'created':
    case 'deleted':
    case 'restored':
      title = t(`companies.timeline.${item.kind}`);
      break;
    case 'field':
      title = t('companies.timeline.changed', { field: timelineFieldLabel(item.field, t) });
      body = (
        <p className="timeline-change">
          <span className="timeline-old">{value(item.field, item.oldValue)}</span>
          <Icon name="chevronRight" size={14} />
          <span className="timeline-new">{value(item.field, item.newValue)}</span>
        </p>
      );
      break;
    case 'activity':
      title = `${t(`companies.timeline.activity.${item.type}`)}: ${item.subject}`;
      body = item.body ? <p className="timeline-body">{item.body}</p> : null;
      break;
  }
  const status =
    item.kind === 'activity' && item.type === 'task'
      ? item.doneAt
        ? t('companies.timeline.done')
        : item.dueAt
          ? t('companies.timeline.due', { date: dates.instant(item.dueAt, 'dateTime') })
          : null
      : null;

  return (
    <li className={`timeline-item timeline-${item.kind}`} data-testid="timeline-item">
      <span className="timeline-icon">
        <Icon name={ICONS[item.kind]} size={14} />
      </span>
      <div className="timeline-content">
        <p className="timeline-title">{title}</p>
        {body}
        <p className="timeline-meta muted">
          {actor} · <time dateTime={new Date(item.at).toISOString()}>{dates.instant(item.at, 'dateTime')}</time>
          {status ? ` · ${status}` : null}
        </p>
      </div>
    </li>
  );
};

/** The company's history and activities, newest first, with "Show more". */
export const CompanyTimeline = ({
  items,
  total,
  loadingMore,
  onLoadMore,
  userName,
}: {
  items: readonly CompanyTimelineItem[];
  total: number;
  loadingMore: boolean;
  onLoadMore(): void;
  userName(id: string): string | null;
}) => {
  const { t } = useTranslation();
  return (
    <section className="card company-section" aria-labelledby="company-timeline-title">
      <header className="company-section-header">
        <h2 id="company-timeline-title">{t('companies.page.timeline')}</h2>
        <span className="muted num">{total}</span>
      </header>
      {items.length === 0 ? (
        <p className="company-section-empty muted">{t('companies.page.noTimeline')}</p>
      ) : (
        <ol className="timeline">
          {items.map((item, index) => (
            <Entry key={`${item.kind}-${item.at}-${index}`} item={item} userName={userName} />
          ))}
        </ol>
      )}
      {items.length < total ? (
        <div className="company-section-footer">
          <button type="button" className="button button-small" disabled={loadingMore} onClick={onLoadMore}>
            {t('companies.page.loadMore')}
          </button>
        </div>
      ) : null}
    </section>
  );
};
