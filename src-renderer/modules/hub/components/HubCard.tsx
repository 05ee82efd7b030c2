import type { HubStatusView } from '@shared/contract/schemas/hub';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useHub } from '../hooks/useHub';
import { ensureHubMessages } from '../utils/ensureHubMessages';
import { HubProblemText } from './HubProblemText';
// The sync cards share one layout: the shared folder card's rows, labels and status lines.
import '../../syncFolder/components/SharedFolderCard.css';
import './HubCard.css';

/**
 * What a running sync is doing: connecting and sending show a moving bar (their end is unknown),
 * receiving a share of the hub's range with how many changes came in. Figures in the UI's language.
 */
const ProgressLine = ({ status }: { status: HubStatusView }) => {
  const { t, i18n } = useTranslation();
  const progress = status.progress;
  if (status.state !== 'syncing' && progress === null) return null;
  const label = t('hubCard.states.syncing');
  const numbers = new Intl.NumberFormat(i18n.language);
  if (progress === null || progress.phase === 'push') {
    return (
      <div className="hub-progress" data-testid="hub-progress">
        <p>
          {progress === null
            ? t('hubCard.progressStarting')
            : t('hubCard.progressPush', { pushed: numbers.format(progress.pushed) })}
        </p>
        <progress aria-label={label} />
      </div>
    );
  }
  const percent = progress.total === 0 ? 100 : Math.min(100, Math.floor((progress.done / progress.total) * 100));
  return (
    <div className="hub-progress" data-testid="hub-progress">
      <p>{t('hubCard.progressPull', { percent, received: numbers.format(progress.received) })}</p>
      <progress max={Math.max(1, progress.total)} value={progress.done} aria-label={label} />
    </div>
  );
};

/** The connection form: address with the person's own login, password (sent once, never shown back), Test, Connect. */
const ConnectForm = ({ hub, encrypted }: { hub: ReturnType<typeof useHub>; encrypted: boolean }) => {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [password, setPassword] = useState('');
  const disabled = hub.busy !== null;
  const ready = url.trim() !== '';
  return (
    <form
      className="hub-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) void hub.connect(url.trim(), password).then((ok) => ok && setPassword(''));
      }}
    >
      {encrypted ? (
        <p className="shared-folder-problem hub-plaintext" data-testid="hub-plaintext">
          {t('hubCard.encryptedPlaintext')}
        </p>
      ) : null}
      <div className="shared-folder-row">
        <label className="shared-folder-label" htmlFor="hub-url">
          {t('hubCard.url')}
        </label>
        <input
          id="hub-url"
          className="input hub-url"
          type="text"
          spellCheck={false}
          autoComplete="off"
          value={url}
          placeholder={t('hubCard.urlPlaceholder')}
          title={t('hubCard.urlHint')}
          disabled={disabled}
          onChange={(event) => setUrl(event.target.value)}
        />
      </div>
      <div className="shared-folder-row">
        <label className="shared-folder-label" htmlFor="hub-password">
          {t('hubCard.password')}
        </label>
        <input
          id="hub-password"
          className="input hub-password"
          type="password"
          autoComplete="current-password"
          value={password}
          placeholder={t('hubCard.passwordPlaceholder')}
          disabled={disabled}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button
          type="button"
          className="button button-small"
          disabled={disabled || !ready}
          onClick={() => void hub.test(url.trim(), password)}
        >
          {hub.busy === 'test' ? t('hubCard.testing') : t('hubCard.test')}
        </button>
        <button type="submit" className="button button-small button-primary" disabled={disabled || !ready}>
          {hub.busy === 'connect' ? t('hubCard.connecting') : t('hubCard.connect')}
        </button>
      </div>
      <p className="muted hub-note">
        {t('hubCard.urlHint')} {t(hub.keychain ? 'hubCard.passwordKeptKeychain' : 'hubCard.passwordKept')}
      </p>
    </form>
  );
};

/** What the background sync did last, what waits, and the error with a retry. */
const StatusLines = ({ hub, status }: { hub: ReturnType<typeof useHub>; status: HubStatusView }) => {
  const { t } = useTranslation();
  const dates = useDateFormat();
  const failing = status.state === 'error' || status.state === 'offline';
  return (
    <div className="shared-folder-status" role="status" data-testid="hub-status">
      <p>
        <strong data-testid="hub-state">{t(`hubCard.states.${status.state}`)}</strong>
      </p>
      <ProgressLine status={status} />
      {status.lastSyncAt === null ? (
        // "No sync yet" under a running first sync's progress would contradict it.
        status.state === 'syncing' ? null : <p className="muted">{t('hubCard.never')}</p>
      ) : (
        <p data-testid="hub-last-sync">
          {t('hubCard.lastSync', { when: dates.instant(status.lastSyncAt, 'dateTime') })}
          {status.last ? ` ${t('hubCard.lastFigures', status.last)}` : null}
        </p>
      )}
      <p data-testid="hub-waiting">
        {status.waitingOut === 0 ? t('hubCard.nothingWaiting') : t('hubCard.waitingOut', { count: status.waitingOut })}
      </p>
      {status.rejected > 0 ? (
        <p className="shared-folder-problem">{t('hubCard.rejected', { count: status.rejected })}</p>
      ) : null}
      {status.state === 'paused' ? <p className="muted">{t('hubCard.pausedHint')}</p> : null}
      {failing && status.lastError ? (
        <div className="hub-error" data-testid="hub-error">
          <p>
            <HubProblemText problem={status.lastError} />
          </p>
          {status.nextAttemptAt !== null ? (
            <p className="muted">
              {t('hubCard.nextAttempt', { when: dates.instant(status.nextAttemptAt, 'dateTime') })}
            </p>
          ) : null}
          <button
            type="button"
            className="button button-small"
            disabled={hub.busy !== null}
            onClick={() => void hub.syncNow()}
          >
            {t('hubCard.retry')}
          </button>
        </div>
      ) : null}
    </div>
  );
};

/**
 * Settings → Sync: the team hub (DESIGN §7, transport 3). Not connected: the address with the
 * person's own PostgreSQL login and the password, Test and Connect. Connected: who the hub takes
 * them for, the background sync's state, the progress of a long (first) sync with Stop and
 * Resume, what waits to go out, the error in words with Retry, Sync now and Disconnect.
 */
export const HubCard = () => {
  const { t, i18n } = useTranslation();
  ensureHubMessages(i18n);
  const hub = useHub();
  const { status, busy } = hub;
  const connected = status !== null && status.url !== null;
  const syncing = status?.state === 'syncing';

  return (
    <section className="card shared-folder-card" aria-labelledby="hub-title" data-testid="hub-card">
      <header className="shared-folder-header">
        <div className="setting-text">
          <h2 id="hub-title">{t('hubCard.title')}</h2>
          <p className="muted">{t('hubCard.description')}</p>
        </div>
        {connected ? (
          <div className="hub-actions">
            {syncing ? (
              <button type="button" className="button" disabled={busy !== null} onClick={() => void hub.cancel()}>
                {t('hubCard.cancel')}
              </button>
            ) : (
              <button
                type="button"
                className="button button-primary"
                disabled={busy !== null}
                onClick={() => void hub.syncNow()}
              >
                {status.state === 'paused' ? t('hubCard.resume') : t('hubCard.syncNow')}
              </button>
            )}
          </div>
        ) : null}
      </header>
      <div className="shared-folder-body">
        {status === null ? null : connected ? (
          <>
            <div className="shared-folder-row">
              <span className="shared-folder-label">{t('hubCard.url')}</span>
              <code className="shared-folder-path" data-testid="hub-url">
                {status.url}
              </code>
              {status.source === 'settings' ? (
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy !== null}
                  onClick={() => void hub.disconnect()}
                >
                  {t('hubCard.disconnect')}
                </button>
              ) : (
                <span className="muted">{t('hubCard.hostFixed')}</span>
              )}
            </div>
            <div className="shared-folder-row">
              <span className="shared-folder-label">{t('hubCard.login')}</span>
              <span data-testid="hub-login">
                {status.login}
                {status.identity ? ` — ${hub.roleName(status.identity.role)}` : null}
                {status.identity?.team ? `, ${status.identity.team}` : null}
              </span>
            </div>
            <div className="shared-folder-row">
              <span className="shared-folder-label">{t('hubCard.password')}</span>
              <span className="muted">{t(`hubCard.passwordSources.${status.passwordSource}`)}</span>
            </div>
            {status.encryptedWorkspace ? (
              <p className="muted" data-testid="hub-plaintext">
                {t('hubCard.encryptedPlaintextShort')}
              </p>
            ) : null}
            <StatusLines hub={hub} status={status} />
          </>
        ) : (
          <ConnectForm hub={hub} encrypted={status.encryptedWorkspace} />
        )}
        {hub.problem ? (
          <p role="alert" data-testid="hub-problem">
            <HubProblemText problem={hub.problem} />
          </p>
        ) : null}
      </div>
    </section>
  );
};
