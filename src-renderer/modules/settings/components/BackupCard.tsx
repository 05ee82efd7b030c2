import type { BackupEntry } from '@shared/contract/schemas/backup';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useDateFormat } from '../../../platform/useDateFormat';
import { Select } from '../../../ui/form/Select';
import { readFileBase64 } from '../../../ui/readFileBase64';
import { type RestoreChoice, useBackupActions } from '../hooks/useBackupActions';
import { useSaveSettings } from '../hooks/useSaveSettings';
import { formatFileSize } from '../utils/formatFileSize';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { BusyButton } from '../../../ui/BusyButton';

const KEEP_OPTIONS = [3, 7, 14, 30, 90];
const isDesktop = () => 'voronka' in window;

/**
 * Backups: when the last one was made, the daily rolling backup (on/off, how many to keep), back
 * up now, download one, and restore from a backup in the list (or, in the browser shell, from an
 * uploaded file) after a confirmation. The page never names a folder or a path.
 */
export const BackupCard = () => {
  const { t, i18n } = useTranslation();
  const dates = useDateFormat();
  const list = useLiveQuery('backup.list', {}, ['settings']);
  const save = useSaveSettings();
  const actions = useBackupActions(list.refetch);
  const [choice, setChoice] = useState<RestoreChoice | null>(null);
  const data = list.data;
  const busy = actions.busy !== null;
  const size = (bytes: number) => formatFileSize(bytes, i18n.language);
  const kindLabel = (entry: BackupEntry) => t(`settings.backup.kinds.${entry.kind}`);

  const pickUpload = (file: File | undefined) => {
    if (!file) return;
    void readFileBase64(file).then((base64) => {
      setChoice({ kind: 'upload', fileName: file.name, base64, bytes: file.size });
    });
  };

  return (
    <section className="card backup-card" aria-labelledby="backup-title" data-testid="backup-card">
      <header className="card-header backup-header">
        <div className="setting-text">
          <h2 id="backup-title">{t('settings.backup.title')}</h2>
          <p className="muted">{t('settings.backup.description')}</p>
        </div>
        <div className="backup-buttons">
          <BusyButton className="button button-primary" busy={busy} onClick={() => void actions.create()}>
            {actions.busy === 'create' ? t('settings.backup.working') : t('settings.backup.now')}
          </BusyButton>
          <BusyButton className="button" busy={busy} onClick={() => void actions.download()}>
            {t('settings.backup.download')}
          </BusyButton>
        </div>
      </header>
      <div className="backup-body">
        <p data-testid="backup-last">
          {data === null
            ? t('common.loading')
            : data.lastBackupAt === null
              ? t('settings.backup.never')
              : t('settings.backup.last', { when: dates.instant(data.lastBackupAt, 'dateTime') })}
        </p>
        <div className="backup-auto">
          <label className="checkbox-label">
            <input
              type="checkbox"
              checked={data?.auto ?? true}
              disabled={data === null}
              onChange={(event) => void save({ 'backup.auto': event.target.checked }).then(list.refetch)}
            />
            {t('settings.backup.auto')}
          </label>
          <label className="backup-keep">
            {t('settings.backup.keep')}
            <Select
              value={String(data?.keep ?? 7)}
              disabled={data === null || !data.auto}
              onChange={(event) => void save({ 'backup.keep': Number(event.target.value) }).then(list.refetch)}
            >
              {[...new Set([...KEEP_OPTIONS, data?.keep ?? 7])]
                .sort((a, b) => a - b)
                .map((keep) => (
                  <option key={keep} value={keep}>
                    {keep}
                  </option>
                ))}
            </Select>
          </label>
        </div>
        {data && data.backups.length > 0 ? (
          <table className="backup-table" aria-label={t('settings.backup.listLabel')}>
            <thead>
              <tr>
                <th>{t('settings.backup.columns.when')}</th>
                <th>{t('settings.backup.columns.kind')}</th>
                <th className="numeric">{t('settings.backup.columns.size')}</th>
                <th aria-label={t('settings.backup.columns.actions')} />
              </tr>
            </thead>
            <tbody>
              {data.backups.map((entry) => (
                <tr key={entry.name} data-testid="backup-row">
                  <td>{dates.instant(entry.createdAt, 'dateTime')}</td>
                  <td>{kindLabel(entry)}</td>
                  <td className="numeric">{size(entry.bytes)}</td>
                  <td className="backup-row-action">
                    <button
                      type="button"
                      className="button button-small"
                      disabled={actions.busy !== null}
                      onClick={() => setChoice({ kind: 'backup', entry })}
                    >
                      {t('settings.backup.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {isDesktop() ? null : (
          <label className="button backup-upload">
            {t('settings.backup.restoreFromFile')}
            <input
              type="file"
              accept=".sqlite,.db,application/vnd.sqlite3,application/x-sqlite3"
              className="visually-hidden"
              data-testid="backup-upload"
              onChange={(event) => {
                pickUpload(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
          </label>
        )}
      </div>
      <RestoreBackupDialog
        choice={choice}
        describe={(entry) =>
          `${dates.instant(entry.createdAt, 'dateTime')} · ${kindLabel(entry)} · ${size(entry.bytes)}`
        }
        uploadSize={size}
        busy={actions.busy === 'restore'}
        onCancel={() => setChoice(null)}
        onConfirm={async (picked) => {
          await actions.restore(picked);
          setChoice(null);
        }}
      />
    </section>
  );
};
