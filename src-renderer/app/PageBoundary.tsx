import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../ui/EmptyState';

const PageFailed = () => {
  const { t } = useTranslation();
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
