import { useSyncExternalStore } from 'react';
import { dealIdFromHash, hashWithDeal } from '../utils/dealRoute';
import { subscribeToHash } from '../../../app/subscribeToHash';

/** Set when this window opened the drawer, so closing it steps back instead of stacking history. */
let openedHere = false;

/**
 * Opens the drawer: one history entry for "drawer open" (Back closes it); switching to another
 * deal while it is open replaces that entry rather than adding one per card.
 */
export const openDeal = (dealId: string): void => {
  const hash = hashWithDeal(window.location.hash, dealId);
  if (dealIdFromHash(window.location.hash) !== null) {
    window.location.replace(hash);
    return;
  }
  openedHere = true;
  window.location.hash = hash;
};

export const closeDeal = (): void => {
  if (dealIdFromHash(window.location.hash) === null) return;
  if (openedHere) {
    openedHere = false;
    window.history.back();
    return;
  }
  window.location.replace(hashWithDeal(window.location.hash, null));
};

/** The deal whose drawer is open, from the URL hash; null when none. */
export const useDealRoute = (): string | null =>
  useSyncExternalStore(subscribeToHash, () => dealIdFromHash(window.location.hash));
