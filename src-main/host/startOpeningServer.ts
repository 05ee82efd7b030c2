import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MigrationProgress } from '../core/db/MigrationProgress';
import { openingPage, pageLanguage } from './openingPage';

export type OpeningServer = {
  port: number;
  url: string;
  update(progress: MigrationProgress): void;
  close(): Promise<void>;
};

/** Its own policy: the page has no script and nothing to load, only its inline style. */
const OPENING_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * While the worker opens the workspace (an old file's upgrade can take minutes), the host's address
 * already answers: every request gets the opening page with the latest progress, no data, no calls
 * (a call or the event stream gets 503). Closed before the app's own server listens on the same port.
 */
export const startOpeningServer = (port: number, hostname: string): Promise<OpeningServer> =>
  new Promise((resolve, reject) => {
    let latest: MigrationProgress | null = null;
    const server = createServer((req, res) => {
      res.setHeader('Content-Security-Policy', OPENING_POLICY);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'no-referrer');
      res.setHeader('Cache-Control', 'no-store');
      // Keep-alive would hold the port past close(): each answer ends its connection.
      res.setHeader('Connection', 'close');
      // Calls (`POST /rpc`) and the event stream (`/events`) wait for the app's own server.
      if (req.method !== 'GET' || (req.url ?? '').startsWith('/events')) {
        res.writeHead(503, { 'Retry-After': '1' }).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(openingPage(latest, pageLanguage(req.headers['accept-language'])));
    });
    server.once('error', reject);
    server.listen(port, hostname, () => {
      const actual = (server.address() as AddressInfo).port;
      const label = hostname.includes(':') ? `[${hostname}]` : hostname;
      resolve({
        port: actual,
        url: `http://${label}:${actual}/`,
        update(progress) {
          latest = progress;
        },
        close: () =>
          new Promise<void>((closed) => {
            server.close(() => closed());
            server.closeAllConnections();
          }),
      });
    });
  });
