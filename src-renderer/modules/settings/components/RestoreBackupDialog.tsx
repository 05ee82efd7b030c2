import type { BackupEntry } from '@shared/contract/schemas/backup';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../../ui/Modal/Modal';
import type { RestoreChoice } from '../hooks/useBackupActions';

/** The confirmation before a restore: which data comes back, and that today's is kept as a backup first. */
export const RestoreBackupDialog = ({
  choice,
  describe,
  uploadSize,
  busy,
  onCancel,
  onConfirm,
}: {
  choice: RestoreChoice | null;
  describe(entry: BackupEntry): string;
  uploadSize(bytes: number): string;
  busy: boolean;
  onCancel(): void;
  onConfirm(choice: RestoreChoice): Promise<void>;
}) => {
  const { t } = useTranslation();
  return (
    <Modal open={choice !== null} title={t('settings.backup.confirm.title')} onClose={onCancel}>
      {choice ? (
        <>
          <div className="modal-body" data-testid="restore-confirm">
            <p className="restore-source">
              {choice.kind === 'backup' ? describe(choice.entry) : `${choice.fileName} · ${uploadSize(choice.bytes)}`}
            </p>
            <ul className="currency-change-points">
              <li>{t('settings.backup.confirm.replace')}</li>
              <li>{t('settings.backup.confirm.kept')}</li>
              <li>{t('settings.backup.confirm.checked')}</li>
            </ul>
          </div>
          <footer className="modal-footer">
            <button type="button" className="button" data-autofocus="" onClick={onCancel}>
              {t('common.actions.cancel')}
            </button>
            <button
              type="button"
              className="button button-danger"
              disabled={busy}
              onClick={() => void onConfirm(choice)}
            >
              {busy ? t('settings.backup.working') : t('settings.backup.confirm.action')}
            </button>
          </footer>
        </>
      ) : null}
    </Modal>
  );
};
