import type { Rpc } from './createRpc';

/**
 * The core's test clock (it runs ahead of the page's once a test moved it): its time now and a
 * move forward. Takes a getter, as a restarted host brings a new `rpc`.
 */
export const coreClock = (rpc: () => Rpc) => ({
  now: async () => (await rpc()('reminders.list')).now,
  advance: (ms: number) => rpc()('app.advanceClock', { ms }),
});
