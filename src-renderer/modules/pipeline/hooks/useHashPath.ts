import { useSyncExternalStore } from 'react';
import { subscribeToHash } from '../../../app/subscribeToHash';

/** The hash's path without its query (`#/pipeline/stages?x=1` → `/pipeline/stages`). */
export const useHashPath = (): string =>
  useSyncExternalStore(subscribeToHash, () => window.location.hash.replace(/^#/, '').split('?')[0] ?? '');
