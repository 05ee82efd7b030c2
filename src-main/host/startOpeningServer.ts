import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MigrationProgress } from '../core/db/MigrationProgress';
import { openingPage, pageLanguage } from './openingPage';
import { OPENING_POLICY } from './openingPolicy';

export type OpeningServer = {
  port: number;
  url: string;
  update(progress: MigrationProgress): void;
  close(): Promise<void>;
};

/** A page load (the browser asks for HTML), not a call, the event stream, a script or a style. */
const isPageLoad = (req: IncomingMessage): boolean =>
  req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');

/**
 * While the worker opens the workspace (an old file's upgrade can take minutes), the host's address
 * already answers: a page load gets the opening page with the latest progress. Everything else (a
 * call, the event stream, the session token, a script chunk an open page asks for) gets 503 with
 * Retry-After, which the page treats like an unreachable host: it keeps what it shows and retries.
 * Closed before the app's own server listens on the same port.
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
      // A script chunk answered with this HTML would break an open page for good.
      if (!isPageLoad(req)) {
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
