import { useSyncExternalStore } from 'react';
import type { PageKey } from './pages';
import { subscribeToHash } from './subscribeToHash';

/** `#/companies/<id>` → `<id>` when the hash is under `page`; null on the page itself. */
export const recordIdFromHash = (hash: string, page: PageKey): string | null => {
  const [key, id] = hash.replace(/^#\/?/, '').split(/[?]/)[0]?.split('/') ?? [];
  return key === page && id ? decodeURIComponent(id) : null;
};

/** The record a page's URL points at (`#/companies/<id>`), following back/forward and reloads. */
export const useHashRecordId = (page: PageKey): string | null =>
  useSyncExternalStore(subscribeToHash, () => recordIdFromHash(window.location.hash, page));

export const recordHash = (page: PageKey, id: string): string => `#/${page}/${encodeURIComponent(id)}`;
