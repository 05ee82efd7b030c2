/** IPC channel names shared by main and the preload (plain strings: the preload bundles this file). */
export const RPC_CHANNEL = 'voronka:rpc';
export const EVENT_CHANNEL = 'voronka:event';
