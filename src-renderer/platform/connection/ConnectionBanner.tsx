import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import { useToastStore } from '../../ui/toasts/toastStore';
import { useConnectionStore } from './connectionStore';
import './ConnectionBanner.css';

/** Seconds until `at`, re-rendered every second while a retry is pending. */
const useSecondsUntil = (at: number | null): number | null => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === null) return;
    const tick = () => setNow(Date.now());
    // The clock read at mount may be long stale: catch up at once, then every second.
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [at]);
  return at === null ? null : Math.max(1, Math.ceil((at - now) / 1000));
};

/**
 * Says once, in a toast, that the connection is back (and whether Voronka had restarted); takes
 * the toast down if the connection drops again, so it never stands next to the offline banner.
 */
const useRecoveryToast = () => {
  const { t } = useTranslation();
  const recovery = useConnectionStore((state) => state.recovery);
  const offline = useConnectionStore((state) => state.status === 'offline');
  const push = useToastStore((state) => state.push);
  const dismiss = useToastStore((state) => state.dismiss);
  /** The toast on screen (0: none; toast ids start at 1). */
  const shown = useRef(0);
  useEffect(() => {
    if (!recovery) return;
    shown.current = push(
      recovery.restarted
        ? { tone: 'info', message: t('connection.restarted') }
        : { tone: 'success', message: t('connection.restored') },
    );
  }, [recovery, push, t]);
  useEffect(() => {
    if (offline) dismiss(shown.current);
  }, [offline, dismiss]);
};

/**
 * While the core cannot be reached: a banner that says so, that the data on screen is the last
 * loaded, when the next automatic attempt is, and a button to try at once. `className` places a
 * copy where the page's banner is out of sight (under the deal drawer's backdrop).
 */
export const ConnectionNotice = ({ className }: { className?: string }) => {
  const { t } = useTranslation();
  const { status, checking, retryAt, retryNow } = useConnectionStore();
  const seconds = useSecondsUntil(status === 'offline' && !checking ? retryAt : null);
  if (status === 'online') return null;
  return (
    <div
      className={className ? `connection-banner ${className}` : 'connection-banner'}
      role="status"
      data-testid="connection-banner"
    >
      <Icon name="alert" className="connection-banner-icon" />
      <div className="connection-banner-text">
        <strong>{t('connection.offline.title')}</strong>
        <span>{t('connection.offline.body')}</span>
      </div>
      <span className="connection-banner-retry muted num" aria-live="off">
        {checking || seconds === null ? t('connection.offline.checking') : t('connection.offline.retryIn', { seconds })}
      </span>
      <button type="button" className="button button-small" onClick={retryNow} disabled={checking}>
        {t('connection.offline.retryNow')}
      </button>
    </div>
  );
};

/** The page's banner over the content, and the one toast when the connection is back. */
export const ConnectionBanner = () => {
  useRecoveryToast();
  return <ConnectionNotice />;
};
