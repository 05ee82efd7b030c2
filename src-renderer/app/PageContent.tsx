import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../ui/EmptyState';
import { ComingSoonPage, type ComingSoonKey } from './ComingSoonPage';
import { PageBoundary } from './PageBoundary';
import type { PageKey } from './pages';
import { PAGE_VIEWS } from './pageViews';

/** The page body for a route; `null` is an unknown hash. Pages load on demand (see PAGE_VIEWS). */
export const PageContent = ({ page }: { page: PageKey | null }) => {
  const { t } = useTranslation();
  if (page === null)
    return <EmptyState icon="info" title={t('pages.notFound.title')} body={t('pages.notFound.body')} />;
  const View = PAGE_VIEWS[page];
  // Every section without a view has a "coming soon" text (ComingSoonKey lists them).
  if (!View) return <ComingSoonPage page={page as ComingSoonKey} />;
  return (
    <PageBoundary>
      {/* Quiet while the chunk arrives (tens of ms from disk): no spinner flashing on every visit. */}
      <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
        <View />
      </Suspense>
    </PageBoundary>
  );
};
