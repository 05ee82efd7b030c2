import { useState } from 'react';
import { lazyPart } from '../../../ui/lazyPart';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { useWhoAreYouOpen } from '../hooks/useWhoAreYouOpen';

// The dialog's code (its user form validates with the contract's schema, i.e. zod) loads the
// first time it is wanted — a first start or "Switch user" — not with every window.
const WhoAreYouDialog = lazyPart(() => import('./WhoAreYouDialog'), 'WhoAreYouDialog');

/** Mounts "Who are you?" once it is first wanted and keeps it mounted, so it opens and closes as before. */
export const WhoAreYouHost = () => {
  const wanted = useWhoAreYouOpen(useCurrentUser());
  const [loaded, setLoaded] = useState(false);
  if (wanted && !loaded) setLoaded(true);
  return loaded ? <WhoAreYouDialog /> : null;
};
