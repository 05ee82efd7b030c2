import { useSyncExternalStore } from 'react';
import { type PageKey, pageFromHash } from './pages';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/**
 * The current page from the URL hash, so a reload (or the desktop app's next start with the same
 * URL) returns to the page the user was on. No server routes are involved.
 */
export const useHashRoute = (): PageKey | null =>
  useSyncExternalStore(subscribe, () => pageFromHash(window.location.hash));
