import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Select } from '../../../ui/form/Select';
import { ensureSegmentMessages } from '../utils/ensureSegmentMessages';

/** A filter by saved segment ('' = all); shown only once the workspace has a segment. */
export const SegmentPicker = ({ value, onChange }: { value: string; onChange(segmentId: string): void }) => {
  const { t, i18n } = useTranslation();
  ensureSegmentMessages(i18n);
  const segments = useLiveQuery('segments.list', { withMembers: false }, ['segments']).data ?? [];
  if (segments.length === 0 && value === '') return null;
  return (
    <Select aria-label={t('segments.picker')} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t('segments.all')}</option>
      {segments.map((segment) => (
        <option key={segment.id} value={segment.id}>
          {segment.name}
        </option>
      ))}
    </Select>
  );
};
