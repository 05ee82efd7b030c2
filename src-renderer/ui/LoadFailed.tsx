import { useTranslation } from 'react-i18next';
import { useConnectionStore } from '../platform/connection/connectionStore';
import { EmptyState } from './EmptyState';

/**
 * What a view shows when its load failed and it has nothing from before: never the "no records
 * yet" empty state, which would tell the user their data is gone.
 */
export const LoadFailed = ({ onRetry }: { onRetry(): void }) => {
  const { t } = useTranslation();
  const offline = useConnectionStore((state) => state.status === 'offline');
  return (
    <div data-testid="load-failed">
      <EmptyState
        icon="alert"
        title={offline ? t('connection.loadFailed') : t('table.loadFailed')}
        action={
          <button type="button" className="button" onClick={onRetry}>
            {t('common.actions.retry')}
          </button>
        }
      />
    </div>
  );
};
