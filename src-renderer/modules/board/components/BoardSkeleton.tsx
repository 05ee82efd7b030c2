import { useTranslation } from 'react-i18next';

/** Grey columns while the board loads (no jump when it arrives), or a retry after a failure. */
export const BoardSkeleton = ({ failed, onRetry }: { failed: boolean; onRetry(): void }) => {
  const { t } = useTranslation();
  if (failed) {
    return (
      <div className="board-failed">
        <p>{t('table.loadFailed')}</p>
        <button type="button" className="button" onClick={onRetry}>
          {t('common.actions.retry')}
        </button>
      </div>
    );
  }
  return (
    <div className="board-columns is-skeleton" aria-busy="true" aria-label={t('common.loading')}>
      {Array.from({ length: 6 }, (_, index) => (
        <div key={index} className="board-column skeleton-column">
          <div className="skeleton-line is-wide" />
          <div className="skeleton-line" />
          <div className="skeleton-card" />
          <div className="skeleton-card" />
        </div>
      ))}
    </div>
  );
};
