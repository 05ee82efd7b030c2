import type { Transport } from '@shared/contract/transport';
import type { VoronkaBridge } from '@shared/contract/VoronkaBridge';
import { transportFailure } from './transportFailure';

/**
 * The desktop transport: the preload's `window.voronka`. The bridge already returns envelopes;
 * a rejected IPC promise (main process gone, worker crashed) becomes a TRANSPORT envelope so the
 * UI handles every failure the same way.
 */
export const createIpcTransport = (bridge: VoronkaBridge): Transport => ({
  async call(method, input) {
    try {
      return await bridge.call(method, input);
    } catch (error) {
      return transportFailure(error instanceof Error ? error.message : String(error));
    }
  },
  subscribe: (listener) => bridge.subscribe(listener),
});
