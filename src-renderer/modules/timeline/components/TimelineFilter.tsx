import { TIMELINE_TYPES, type TimelineType } from '@shared/contract/schemas/timeline';
import { useTranslation } from 'react-i18next';
import './TimelineFilter.css';

/** All lines, or one kind: activities, stage moves, field edits, checklist ticks. */
export const TimelineFilter = ({
  value,
  onChange,
  types = TIMELINE_TYPES,
}: {
  value: TimelineType | null;
  onChange(type: TimelineType | null): void;
  types?: readonly TimelineType[];
}) => {
  const { t } = useTranslation();
  const options: (TimelineType | null)[] = [null, ...types];
  return (
    <div className="timeline-filter" role="group" aria-label={t('timeline.filter.label')}>
      {options.map((option) => (
        <button
          key={option ?? 'all'}
          type="button"
          className="timeline-filter-option"
          aria-pressed={value === option}
          onClick={() => onChange(option)}
        >
          {t(`timeline.filter.${option ?? 'all'}`)}
        </button>
      ))}
    </div>
  );
};
