import type { Transport } from '@shared/contract/transport';
import type { VoronkaBridge } from '@shared/contract/VoronkaBridge';
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
 * this page with its per-launch token in `<meta name="voronka-token">`. Calls without a token
 * fail at the host with a clear envelope, which the UI shows.
 */
export const detectTransport = (host: TransportHost): DetectedTransport => {
  if (host.voronka) return { kind: 'ipc', transport: createIpcTransport(host.voronka) };
  const token = host.document.querySelector('meta[name="voronka-token"]')?.getAttribute('content') ?? '';
  return { kind: 'http', transport: createHttpTransport({ baseUrl: host.location.origin, token }) };
};
