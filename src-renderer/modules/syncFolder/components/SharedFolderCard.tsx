import type { SyncFolderStatus } from '@shared/contract/schemas/syncFolder';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { Select } from '../../../ui/form/Select';
import { useSharedFolder } from '../hooks/useSharedFolder';
import { ensureSyncFolderMessages } from '../utils/ensureSyncFolderMessages';
import './SharedFolderCard.css';

const INTERVALS = [30, 60, 300, 900, 3600];

const PassphraseField = ({
  status,
  disabled,
  onSave,
}: {
  status: SyncFolderStatus | null;
  disabled: boolean;
  onSave: (passphrase: string | null) => Promise<unknown>;
}) => {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const tooShort = value.length > 0 && value.length < 8;
  return (
    <div className="shared-folder-row shared-folder-passphrase">
      <label className="shared-folder-label" htmlFor="shared-folder-passphrase">
        {t('syncFolder.passphrase')}
      </label>
      <span className="muted" data-testid="shared-folder-passphrase-state">
        {status?.hasPassphrase ? t('syncFolder.passphraseSet') : t('syncFolder.passphraseNone')}
      </span>
      <input
        id="shared-folder-passphrase"
        className="input"
        type="password"
        autoComplete="new-password"
        value={value}
        placeholder={t('syncFolder.passphrasePlaceholder')}
        aria-invalid={tooShort}
        title={t('syncFolder.passphraseHint')}
        disabled={disabled}
        onChange={(event) => setValue(event.target.value)}
      />
      <button
        type="button"
        className="button button-small"
        disabled={disabled || value.length < 8}
        onClick={() => void onSave(value).then(() => setValue(''))}
      >
        {t('syncFolder.passphraseSave')}
      </button>
      {status?.hasPassphrase ? (
        <button type="button" className="button button-small" disabled={disabled} onClick={() => void onSave(null)}>
          {t('syncFolder.passphraseClear')}
        </button>
      ) : null}
      {tooShort ? <span className="shared-folder-problem">{t('syncFolder.passphraseTooShort')}</span> : null}
    </div>
  );
};

/**
 * The shared folder on this device (DESIGN §7, transport 2): the folder (chosen in the desktop's
 * dialog, or the browser host's, read-only), automatic exchange and how often, the passphrase of
 * the files, "Sync now", the last run, what waits to go out, the other devices read and the files
 * not applied with the reason.
 */
export const SharedFolderCard = () => {
  const { t, i18n } = useTranslation();
  ensureSyncFolderMessages(i18n);
  const dates = useDateFormat();
  const { status, settings, busy, save, syncNow, chooseFolder } = useSharedFolder();
  const disabled = status === null || busy !== null;
  const folder = status?.folder ?? null;
  const lastRun = status?.lastRun ?? null;
  const intervalLabel = (seconds: number) =>
    i18n.exists(`syncFolder.intervals.${seconds}`)
      ? t(`syncFolder.intervals.${seconds}`)
      : t('syncFolder.intervalOther', { count: seconds });

  return (
    <section className="card shared-folder-card" aria-labelledby="shared-folder-title" data-testid="shared-folder-card">
      <header className="shared-folder-header">
        <div className="setting-text">
          <h2 id="shared-folder-title">{t('syncFolder.title')}</h2>
          <p className="muted">{t('syncFolder.description')}</p>
        </div>
        <button
          type="button"
          className="button button-primary"
          disabled={disabled || folder?.path === null}
          onClick={() => void syncNow()}
        >
          {busy === 'run' ? t('syncFolder.working') : t('syncFolder.syncNow')}
        </button>
      </header>
      <div className="shared-folder-body">
        <div className="shared-folder-row" role="group" aria-labelledby="shared-folder-folder-label">
          <span id="shared-folder-folder-label" className="shared-folder-label">
            {t('syncFolder.folder')}
          </span>
          {/* Monospace for a real path only: «Не выбрана» is a word of the page, not a path. */}
          {folder?.path ? (
            <code className="shared-folder-path" data-testid="shared-folder-path">
              {folder.path}
            </code>
          ) : (
            <span className="muted" data-testid="shared-folder-path">
              {t('syncFolder.noFolder')}
            </span>
          )}
          {folder && folder.source !== 'none' ? (
            <span className="muted">{t(`syncFolder.folderSources.${folder.source}`)}</span>
          ) : null}
          {folder?.canChoose ? (
            <button
              type="button"
              className="button button-small"
              disabled={disabled}
              onClick={() => void chooseFolder()}
            >
              {t('syncFolder.chooseFolder')}
            </button>
          ) : null}
        </div>
        {folder?.source === 'none' && !folder.canChoose ? <p className="muted">{t('syncFolder.hostHint')}</p> : null}
        <div className="shared-folder-row">
          <label className="checkbox-label">
            <input
              type="checkbox"
              role="switch"
              checked={settings?.enabled ?? false}
              disabled={disabled || folder?.path === null}
              onChange={(event) => void save({ enabled: event.target.checked })}
            />
            {t('syncFolder.enabled')}
          </label>
          <label className="shared-folder-interval">
            {t('syncFolder.interval')}
            <Select
              value={String(settings?.intervalSeconds ?? 60)}
              disabled={disabled || !settings?.enabled}
              onChange={(event) => void save({ intervalSeconds: Number(event.target.value) })}
            >
              {[...new Set([...INTERVALS, settings?.intervalSeconds ?? 60])]
                .sort((a, b) => a - b)
                .map((seconds) => (
                  <option key={seconds} value={seconds}>
                    {intervalLabel(seconds)}
                  </option>
                ))}
            </Select>
          </label>
        </div>
        <PassphraseField status={status} disabled={disabled} onSave={(passphrase) => save({ passphrase })} />
        {status?.encryptedWorkspace && !status.hasPassphrase ? (
          <p className="shared-folder-problem">{t('syncFolder.encryptedWorkspace')}</p>
        ) : null}
        <div className="shared-folder-status" role="status" data-testid="shared-folder-status">
          {lastRun === null ? (
            <p className="muted">{t('syncFolder.never')}</p>
          ) : (
            <p className={lastRun.problem === null ? undefined : 'shared-folder-problem'}>
              {t('syncFolder.lastRun', {
                when: dates.instant(lastRun.at, 'dateTime'),
                written: lastRun.written,
                applied: lastRun.applied,
              })}
              {lastRun.problem === null ? null : ` — ${t(`syncFolder.problems.${lastRun.problem}`)}`}
            </p>
          )}
          {status ? (
            <p data-testid="shared-folder-waiting">
              {status.waitingOut === 0
                ? t('syncFolder.nothingWaiting')
                : t('syncFolder.waitingOut', { count: status.waitingOut })}
            </p>
          ) : null}
        </div>
        {status && status.peers.length > 0 ? (
          <table className="shared-folder-table" data-testid="shared-folder-peers">
            <caption>{t('syncFolder.peersTitle')}</caption>
            <thead>
              <tr>
                <th>{t('syncFolder.columns.device')}</th>
                <th>{t('syncFolder.columns.person')}</th>
                <th>{t('syncFolder.columns.segment')}</th>
                <th>{t('syncFolder.columns.made')}</th>
                <th>{t('syncFolder.columns.read')}</th>
              </tr>
            </thead>
            <tbody>
              {status.peers.map((peer) => (
                <tr key={peer.deviceId}>
                  <td>
                    <code>{peer.deviceId}</code>
                  </td>
                  <td>{peer.actorName ?? t('syncFolder.unknownPerson')}</td>
                  <td>№ {peer.lastSeq}</td>
                  <td>{peer.lastMadeAt === null ? '—' : dates.instant(peer.lastMadeAt, 'dateTime')}</td>
                  <td>{dates.instant(peer.readAt, 'dateTime')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : status && folder?.path ? (
          <p className="muted">{t('syncFolder.peersEmpty')}</p>
        ) : null}
        {status && status.files.length > 0 ? (
          <div data-testid="shared-folder-files">
            <strong>{t('syncFolder.filesTitle')}</strong>
            <ul className="shared-folder-files">
              {status.files.map((file) => (
                <li key={`${file.deviceId}/${file.name}`}>
                  <code>
                    {file.deviceId}/{file.name}
                  </code>{' '}
                  — {t(`syncFolder.reasons.${file.reason}`)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
};
