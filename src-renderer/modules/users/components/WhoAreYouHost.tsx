import { Suspense, useState } from 'react';
import { lazyPage } from '../../../ui/lazyPage';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { useWhoAreYouOpen } from '../hooks/useWhoAreYouOpen';

// The dialog's code (its user form validates with the contract's schema, i.e. zod) loads the
// first time it is wanted — a first start or "Switch user" — not with every window.
const WhoAreYouDialog = lazyPage(() => import('./WhoAreYouDialog'), 'WhoAreYouDialog');

/** Mounts "Who are you?" once it is first wanted and keeps it mounted, so it opens and closes as before. */
export const WhoAreYouHost = () => {
  const wanted = useWhoAreYouOpen(useCurrentUser());
  const [loaded, setLoaded] = useState(false);
  if (wanted && !loaded) setLoaded(true);
  return loaded ? (
    <Suspense fallback={null}>
      <WhoAreYouDialog />
    </Suspense>
  ) : null;
};
