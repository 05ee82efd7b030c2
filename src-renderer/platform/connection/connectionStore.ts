import { create } from 'zustand';

/** The last time the connection came back; `restarted` when the host had a new launch meanwhile. */
export type Recovery = { at: number; restarted: boolean };

export type ConnectionState = {
  /** 'offline' from the first call that could not reach the core until one that could. */
  status: 'online' | 'offline';
  /** An attempt to reach the core is in flight. */
  checking: boolean;
  /** When the next automatic attempt runs (epoch ms). */
  retryAt: number | null;
  recovery: Recovery | null;
  /** Tries at once instead of waiting for the next attempt (the banner's button). */
  retryNow(): void;
};

/** Whether the page can reach the core, shared by the banner and the data hooks (either transport). */
export const useConnectionStore = create<ConnectionState>()(() => ({
  status: 'online',
  checking: false,
  retryAt: null,
  recovery: null,
  retryNow: () => undefined,
}));
