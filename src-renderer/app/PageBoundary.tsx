import { Component, type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnectionStore } from '../platform/connection/connectionStore';
import { EmptyState } from '../ui/EmptyState';

/**
 * Offline, a page's chunk cannot download: that says so and loads the page once the connection
 * is back. React.lazy keeps a failed download for good, so that takes a reload, which loses nothing
 * here: this page never showed, and the shell's data comes back from the core.
 */
const PageFailed = () => {
  const { t } = useTranslation();
  const offline = useConnectionStore((state) => state.status === 'offline');
  const recovery = useConnectionStore((state) => state.recovery);
  const seen = useRef(recovery);
  const failedOffline = useRef(false);
  useEffect(() => {
    if (offline) failedOffline.current = true;
  }, [offline]);
  useEffect(() => {
    if (recovery !== seen.current && failedOffline.current) window.location.reload();
  }, [recovery]);
  if (offline) {
    return (
      <EmptyState
        icon="alert"
        title={t('connection.pageOffline.title')}
        body={t('connection.pageOffline.body')}
        action={
          <button type="button" className="button" onClick={useConnectionStore.getState().retryNow}>
            {t('connection.offline.retryNow')}
          </button>
        }
      />
    );
  }
  return (
    <EmptyState
      icon="alert"
      title={t('app.pageFailed.title')}
      body={t('app.pageFailed.body')}
      action={
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('app.pageFailed.reload')}
        </button>
      }
    />
  );
};

/**
 * Keeps a page that failed to load its chunk (or threw while rendering) inside the content area:
 * the sidebar and the other sections stay usable. The shell remounts it on every navigation.
 */
export class PageBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}
