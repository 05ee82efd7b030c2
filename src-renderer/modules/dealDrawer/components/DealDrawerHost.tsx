import { lazy, Suspense, useEffect } from 'react';
import { closeDeal, useDealRoute } from '../hooks/useDealRoute';

const loadDrawer = () => import('./DealDrawer');

/** The drawer's code is its own chunk: the first screen does not wait for it. */
const DealDrawer = lazy(() => loadDrawer().then((module) => ({ default: module.DealDrawer })));

/** Once the first screen is up and the window idle, so a first click on a card opens it at once. */
const PREFETCH_AFTER_MS = 1500;

/** Shows the drawer of the deal named in the URL hash, on whatever page is open. */
export const DealDrawerHost = () => {
  const dealId = useDealRoute();
  useEffect(() => {
    const timer = setTimeout(
      () => requestIdleCallback(() => void loadDrawer().catch(() => undefined)),
      PREFETCH_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, []);
  return dealId ? (
    <Suspense fallback={null}>
      <DealDrawer key={dealId} dealId={dealId} onClose={closeDeal} />
    </Suspense>
  ) : null;
};
