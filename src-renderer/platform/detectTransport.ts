import type { Transport } from '@shared/contract/transport';
import type { VoronkaBridge } from '@shared/contract/VoronkaBridge';
import { createConnectionMonitor } from './connection/createConnectionMonitor';
import { createHttpTransport } from './createHttpTransport';
import { createIpcTransport } from './createIpcTransport';

/** What detection reads from the page; `window` in the app, a plain object in tests. */
export type TransportHost = {
  voronka?: VoronkaBridge | undefined;
  location: { origin: string };
  document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
};

export type DetectedTransport = { kind: 'ipc' | 'http'; transport: Transport };

/**
 * In Electron the preload exposes `window.voronka`; in the browser shell the HTTP host serves
 * this page with its per-launch token in `<meta name="voronka-token">` (and gives the next one
 * after a restart, see createHttpTransport). Either transport is watched by the one connection
 * monitor, which drives the offline banner and the reconnect.
 */
export const detectTransport = (host: TransportHost): DetectedTransport => {
  const monitor = createConnectionMonitor();
  if (host.voronka) return { kind: 'ipc', transport: monitor.wrap(createIpcTransport(host.voronka)) };
  const token = host.document.querySelector('meta[name="voronka-token"]')?.getAttribute('content') ?? '';
  const http = createHttpTransport({
    baseUrl: host.location.origin,
    token,
    onRestart: monitor.noteRestart,
    onStreamLost: monitor.check,
  });
  return { kind: 'http', transport: monitor.wrap(http) };
};
