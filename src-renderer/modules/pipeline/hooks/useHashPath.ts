import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The hash's path without its query (`#/pipeline/stages?x=1` → `/pipeline/stages`). */
export const useHashPath = (): string =>
  useSyncExternalStore(subscribe, () => window.location.hash.replace(/^#/, '').split('?')[0] ?? '');
