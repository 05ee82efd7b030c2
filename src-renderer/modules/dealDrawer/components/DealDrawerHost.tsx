import { useEffect } from 'react';
import { lazyPart } from '../../../ui/lazyPart';
import { closeDeal, useDealRoute } from '../hooks/useDealRoute';

/** The drawer's code is its own chunk: the first screen does not wait for it. */
const DealDrawer = lazyPart(() => import('./DealDrawer'), 'DealDrawer');

/** Once the first screen is up and the window idle, so a first click on a card opens it at once. */
const PREFETCH_AFTER_MS = 1500;

/** Shows the drawer of the deal named in the URL hash, on whatever page is open. */
export const DealDrawerHost = () => {
  const dealId = useDealRoute();
  useEffect(() => {
    const timer = setTimeout(() => requestIdleCallback(() => DealDrawer.preload()), PREFETCH_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return dealId ? <DealDrawer key={dealId} dealId={dealId} onClose={closeDeal} /> : null;
};
