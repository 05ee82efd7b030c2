import type { CurrentUser } from './useCurrentUser';
import { useWhoAreYouStore } from '../stores/whoAreYouStore';

/**
 * Whether "Who are you?" shows: asked for from the sidebar, or at a first start (nobody chosen on
 * this device) until "Later".
 */
export const useWhoAreYouOpen = ({ user, ready }: Pick<CurrentUser, 'user' | 'ready'>): boolean => {
  const requested = useWhoAreYouStore((state) => state.requested);
  const postponed = useWhoAreYouStore((state) => state.postponed);
  return ready && (requested || (user === null && !postponed));
};
