import type { Transport } from '@shared/contract/transport';
import type { VoronkaBridge } from '@shared/contract/VoronkaBridge';
import { toTransportFailure } from './connection/toTransportFailure';

/**
 * The desktop transport: the preload's `window.voronka`. The bridge already returns envelopes;
 * a rejected IPC promise (main process gone, worker crashed) becomes the same `unreachable`
 * TRANSPORT envelope the HTTP transport gives for a stopped host, so the UI has one failure model.
 * There is no token here: the main process checks the sender frame instead.
 */
export const createIpcTransport = (bridge: VoronkaBridge): Transport => ({
  async call(method, input) {
    try {
      return await bridge.call(method, input);
    } catch (error) {
      return toTransportFailure(error);
    }
  },
  subscribe: (listener) => bridge.subscribe(listener),
});
