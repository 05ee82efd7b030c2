import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LazyPage } from '../ui/lazyPage';
import { EmptyState } from '../ui/EmptyState';
import { ComingSoonPage, type ComingSoonKey } from './ComingSoonPage';
import { PageBoundary } from './PageBoundary';
import type { PageKey } from './pages';
import { PAGE_VIEWS } from './pageViews';

/** Quiet while the chunk arrives (tens of ms from disk): no spinner flashing on every visit. */
const PageLoading = () => <div className="page-loading" aria-busy="true" />;

/**
 * A page shown once its code is in. Until then a plain placeholder, not a Suspense fallback:
 * after a boundary's fallback has shown, React 19 holds the content back until 300 ms after
 * it, however soon the code arrives (a first visit to My day took ~410 ms for a chunk fetched in
 * tens). A failed download renders through the page's lazy component, which fetches again and
 * lets PageBoundary say what happened.
 */
const PageView = ({ view: View }: { view: LazyPage }) => {
  const [settled, setSettled] = useState(() => View.isLoaded());
  useEffect(() => {
    if (settled) return;
    let current = true;
    void View.preload().then(() => {
      if (current) setSettled(true);
    });
    return () => {
      current = false;
    };
  }, [View, settled]);
  if (!settled) return <PageLoading />;
  return (
    <Suspense fallback={<PageLoading />}>
      <View />
    </Suspense>
  );
};

/** The page body for a route; `null` is an unknown hash. Pages load on demand (see PAGE_VIEWS). */
export const PageContent = ({ page }: { page: PageKey | null }) => {
  const { t } = useTranslation();
  if (page === null)
    return <EmptyState icon="info" title={t('pages.notFound.title')} body={t('pages.notFound.body')} />;
  const view = PAGE_VIEWS[page];
  // Every section without a view has a "coming soon" text (ComingSoonKey lists them).
  if (!view) return <ComingSoonPage page={page as ComingSoonKey} />;
  return (
    <PageBoundary>
      <PageView key={page} view={view} />
    </PageBoundary>
  );
};
