import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import './ConflictsBadge.css';

/**
 * The sidebar's count of open conflicts, on the item that holds the Conflicts view (Settings →
 * Sync). Refetched whenever a merge, an import, "keep mine" or "accept" commits to
 * `sync_conflicts`; nothing is shown while none is open.
 */
export const ConflictsBadge = () => {
  const { t } = useTranslation();
  const open = useLiveQuery('sync.openConflictCount', {}, ['sync_conflicts']).data?.open ?? 0;
  if (open === 0) return null;
  const label = t('nav.openConflicts', { count: open });
  return (
    <span className="nav-badge" data-testid="conflicts-badge" aria-label={label} title={label}>
      {open > 99 ? '99+' : open}
    </span>
  );
};
