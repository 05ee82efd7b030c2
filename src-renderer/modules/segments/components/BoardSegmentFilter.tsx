import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Icon } from '../../../ui/Icon';
import { usePopoverDismiss } from '../../../ui/usePopoverDismiss';
import { ensureSegmentMessages } from '../utils/ensureSegmentMessages';
import { SegmentPicker } from './SegmentPicker';
import '../../board/components/BoardSavedViews.css';

/**
 * The board's segment filter behind one toolbar icon (the toolbar keeps to one row at 1280 px),
 * lit and named while a segment narrows the board; nothing shows while the workspace has none.
 */
export const BoardSegmentFilter = ({ value, onChange }: { value: string; onChange(segmentId: string): void }) => {
  const { t, i18n } = useTranslation();
  ensureSegmentMessages(i18n);
  const [open, setOpen] = useState(false);
  const ref = usePopoverDismiss<HTMLDivElement>(open, () => setOpen(false));
  const segments = useLiveQuery('segments.list', { withMembers: false }, ['segments']).data;
  if (!segments || (segments.length === 0 && value === '')) return null;
  const current = segments.find((segment) => segment.id === value) ?? null;
  const label = current ? `${t('segments.picker')}: ${current.name}` : t('segments.picker');
  return (
    <div className="board-views" ref={ref}>
      <button
        type="button"
        className={value ? 'icon-button board-views-button is-on' : 'icon-button board-views-button'}
        aria-expanded={open}
        aria-haspopup="dialog"
        aria-label={label}
        title={label}
        data-testid="board-segment-button"
        onClick={() => setOpen(!open)}
      >
        <Icon name="building" size={18} />
      </button>
      <div
        className="board-views-popover board-segment-popover"
        role="dialog"
        aria-label={t('segments.picker')}
        hidden={!open}
      >
        <SegmentPicker
          value={value}
          onChange={(segmentId) => {
            onChange(segmentId);
            setOpen(false);
          }}
        />
      </div>
    </div>
  );
};
