import { closeDeal, useDealRoute } from '../hooks/useDealRoute';
import { DealDrawer } from './DealDrawer';

/** Shows the drawer of the deal named in the URL hash, on whatever page is open. */
export const DealDrawerHost = () => {
  const dealId = useDealRoute();
  return dealId ? <DealDrawer key={dealId} dealId={dealId} onClose={closeDeal} /> : null;
};
