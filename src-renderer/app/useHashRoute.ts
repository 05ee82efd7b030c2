import { useSyncExternalStore } from 'react';
import { type Screen, screenFromHash } from './pages';
import { subscribeToHash } from './subscribeToHash';

/** One object per distinct screen, so useSyncExternalStore sees a stable snapshot. */
let last: Screen | null = null;
const snapshot = (): Screen => {
  const next = screenFromHash(window.location.hash);
  if (last && last.page === next.page && last.nav === next.nav && last.heading === next.heading) return last;
  last = next;
  return next;
};

/**
 * The current screen from the URL hash, so a reload (or the desktop app's next start with the same
 * URL) returns to the page the user was on. No server routes are involved.
 */
export const useHashRoute = (): Screen => useSyncExternalStore(subscribeToHash, snapshot);
