import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../hooks/useImportWizard';

/**
 * The running import's bar: its phase (reading the file, checking, writing) and rows done of all;
 * while the file is being read the total is not known yet and the bar is indeterminate.
 * Cancel stops it on the backend, and nothing of it stays.
 */
export const ImportProgressBar = ({ progress, onCancel }: { progress: ImportProgress; onCancel(): void }) => {
  const { t, i18n } = useTranslation();
  const number = (value: number) => value.toLocaleString(i18n.language);
  const label =
    progress.total === null
      ? t('imports.progress.rowsRead', { done: number(progress.done) })
      : t('imports.progress.rowsOf', { done: number(progress.done), total: number(progress.total) });
  return (
    <div className="import-progress" data-testid="import-progress" data-phase={progress.phase}>
      <div className="import-progress-text">
        <strong>{t(`imports.progress.phases.${progress.phase}`)}</strong>
        <span className="muted" data-testid="import-progress-rows">
          {label}
        </span>
      </div>
      <progress
        aria-label={t(`imports.progress.phases.${progress.phase}`)}
        max={progress.total ?? undefined}
        value={progress.total === null ? undefined : progress.done}
        data-testid="import-progress-bar"
      />
      <button type="button" className="button" onClick={onCancel} data-testid="import-cancel">
        {t('imports.progress.cancel')}
      </button>
    </div>
  );
};
