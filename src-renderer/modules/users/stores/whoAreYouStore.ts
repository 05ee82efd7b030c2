import { create } from 'zustand';

/** sessionStorage key: "Later" holds until the app (or the browser tab) is closed. */
export const WHO_ARE_YOU_LATER_KEY = 'voronka.whoAreYou.later';

const laterChosen = (): boolean => {
  try {
    return sessionStorage.getItem(WHO_ARE_YOU_LATER_KEY) === '1';
  } catch {
    return false;
  }
};

type WhoAreYouState = {
  /** Opened from the sidebar ("Switch user"), whether or not a user is chosen. */
  requested: boolean;
  /** "Later" pressed this session: the first-start prompt does not come back until restart. */
  postponed: boolean;
  request(): void;
  postpone(): void;
  close(): void;
};

export const useWhoAreYouStore = create<WhoAreYouState>()((set) => ({
  requested: false,
  postponed: laterChosen(),
  request: () => set({ requested: true }),
  postpone: () => {
    try {
      sessionStorage.setItem(WHO_ARE_YOU_LATER_KEY, '1');
    } catch {
      // Without storage "Later" lasts until the page reloads.
    }
    set({ requested: false, postponed: true });
  },
  close: () => set({ requested: false }),
}));
