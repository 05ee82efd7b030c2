import { timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Envelope } from '@shared/contract/envelope';
import { HOST_SESSION } from '@shared/contract/hostSession';
import type { PushEvent } from '@shared/contract/pushEvents';
import { WORKSPACE_SWITCH, type WorkspaceStatus } from '@shared/contract/workspaceSwitch';
import { z } from 'zod';
import type { HostRefusal } from '../core/diagnostics/createErrorLog';
import { contentTypeFor } from './contentTypeFor';
import { injectToken } from './injectToken';
import { readJsonBody } from './readJsonBody';
import { resolveStaticPath } from './resolveStaticPath';
import { securityHeaders } from './securityHeaders';
import { serveEvents } from './serveEvents';

/** What the host needs of the backend: the worker (or, in tests, the core) fits as is. */
export type HostBackend = {
  dispatch(method: string, input: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: (event: PushEvent) => void): () => void;
};

export type HttpHostOptions = {
  backend: HostBackend;
  /** The renderer build (out/renderer). */
  rendererDir: string;
  /** Per-launch secret: the page gets it in index.html and sends it with every call. */
  token: string;
  /** 0 picks a free port. */
  port: number;
  hostname?: string;
  heartbeatMs?: number;
  maxBodyBytes?: number;
  /** Swaps the backend's file (the sample workspace, see WORKSPACE_SWITCH); absent: `/workspace` is 404. */
  workspace?: (request: unknown) => Promise<Envelope<WorkspaceStatus>>;
  /** Told of every request turned away before a procedure ran (the error log records them). */
  onRefused?: (reason: HostRefusal) => void;
};

export type HttpHost = { url: string; port: number; close(): Promise<void> };

export const TOKEN_HEADER = 'x-voronka-token';

const rpcRequestSchema = z.object({ method: z.string().min(1), input: z.unknown() });

const sameSecret = (given: string | null | undefined, token: string): boolean => {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

const sendJson = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
};

/** A Server-Timing duration: ms with two decimals (the page reads them in its resource timing). */
const timing = (name: string, ms: number): string => `${name};dur=${ms.toFixed(2)}`;

const sendError = (
  res: ServerResponse,
  status: number,
  code: 'BAD_INPUT' | 'FORBIDDEN' | 'INTERNAL',
  message: string,
  params?: Record<string, unknown>,
) =>
  sendJson(res, status, {
    ok: false,
    error: { code, message, ...(params ? { params } : {}) },
  } satisfies Envelope<never>);

const sendText = (res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(text);
};

const hostLabel = (hostname: string) => (hostname.includes(':') ? `[${hostname}]` : hostname);

/**
 * The browser shell: serves the renderer build and the backend over `POST /rpc` and `GET /events`
 * (server-sent events) on the loopback interface. A per-launch token guards every call, and the
 * Host header is checked so a DNS-rebinding page cannot reach the API under another name.
 */
export const createHttpHost = async ({
  backend,
  rendererDir,
  token,
  port,
  hostname = '127.0.0.1',
  heartbeatMs = 15_000,
  maxBodyBytes = 10 * 1024 * 1024,
  workspace,
  onRefused = () => undefined,
}: HttpHostOptions): Promise<HttpHost> => {
  const streams = new Set<() => void>();
  let allowedHosts = new Set<string>();

  const refuse = (
    res: ServerResponse,
    reason: HostRefusal,
    status: number,
    text: string,
    headers: Record<string, string> = {},
  ) => {
    onRefused(reason);
    sendText(res, status, text, headers);
  };

  const serveIndex = async (res: ServerResponse, head: boolean) => {
    let html: string;
    try {
      html = await readFile(join(rendererDir, 'index.html'), 'utf8');
    } catch {
      return sendText(res, 503, 'The renderer is not built. Run `npm run build` first.\n');
    }
    const body = injectToken(html, token);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(head ? undefined : body);
  };

  const serveStatic = async (req: IncomingMessage, res: ServerResponse) => {
    const head = req.method === 'HEAD';
    const target = resolveStaticPath(rendererDir, req.url ?? '/');
    if (target.kind === 'bad') return refuse(res, 'bad_path', 400, 'Bad path\n');
    if (target.urlPath === '/' || target.urlPath === '/index.html') return serveIndex(res, head);
    const info = await stat(target.path).catch(() => null);
    if (info?.isFile()) {
      // Vite fingerprints everything under /assets/, so those files never change under one name.
      const immutable = target.urlPath.startsWith('/assets/');
      res.writeHead(200, {
        'Content-Type': contentTypeFor(target.path),
        'Content-Length': String(info.size),
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      if (head) return res.end();
      return pipeline(createReadStream(target.path), res).catch(() => res.destroy());
    }
    // Client-side routes (/deals/42) get the app; a missing file (/x.js) is a real 404.
    if (extname(target.urlPath) === '') return serveIndex(res, head);
    return sendText(res, 404, 'Not found\n');
  };

  /** A token-checked POST's JSON body, or null when the answer (405, 403, 400) is already sent. */
  const readCall = async (req: IncomingMessage, res: ServerResponse): Promise<{ value: unknown } | null> => {
    if (req.method !== 'POST') {
      onRefused('method_not_allowed');
      sendText(res, 405, 'Method not allowed\n', { Allow: 'POST' });
      return null;
    }
    if (!sameSecret(req.headers[TOKEN_HEADER] as string | undefined, token)) {
      req.resume();
      onRefused('stale_token');
      // Most likely a page from before a restart: the reason tells it to fetch the new token.
      sendError(res, 403, 'FORBIDDEN', 'Missing or wrong token', { reason: HOST_SESSION.staleToken });
      return null;
    }
    const body = await readJsonBody(req, maxBodyBytes);
    if (body.ok) return { value: body.value };
    onRefused(body.reason === 'too_large' ? 'body_too_large' : 'malformed_json');
    sendError(res, 400, 'BAD_INPUT', body.reason === 'too_large' ? 'Request body too large' : 'Malformed JSON');
    return null;
  };

  const serveRpc = async (req: IncomingMessage, res: ServerResponse) => {
    const arrived = performance.now();
    const body = await readCall(req, res);
    if (body === null) return;
    const read = performance.now();
    const request = rpcRequestSchema.safeParse(body.value);
    if (!request.success) {
      onRefused('bad_rpc_shape');
      return sendError(res, 400, 'BAD_INPUT', 'Expected {"method": string, "input": any}');
    }
    const envelope = await backend
      .dispatch(request.data.method, request.data.input)
      .catch((error: unknown): Envelope<never> => ({
        ok: false,
        error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) },
      }));
    const answered = performance.now();
    const text = JSON.stringify(envelope);
    // Where a call's time went on this side (bench:ui splits a card move's round trip with it):
    // reading the body, the core (the hop to the worker thread and back included), encoding.
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'Server-Timing': [
        timing('read', read - arrived),
        timing('core', answered - read),
        timing('json', performance.now() - answered),
      ].join(', '),
    });
    res.end(text);
  };

  /** The sample workspace and back: the page says which, the host alone decides the file. */
  const serveWorkspace = async (
    req: IncomingMessage,
    res: ServerResponse,
    switchWorkspace: NonNullable<typeof workspace>,
  ) => {
    const body = await readCall(req, res);
    if (body === null) return;
    return sendJson(res, 200, await switchWorkspace(body.value));
  };

  /** The current token for the host's own page after a restart (see HOST_SESSION for why only it). */
  const serveSession = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET') return refuse(res, 'method_not_allowed', 405, 'Method not allowed\n', { Allow: 'GET' });
    const site = req.headers['sec-fetch-site'];
    if (req.headers[HOST_SESSION.header] !== '1' || (site !== undefined && site !== 'same-origin')) {
      return refuse(res, 'session_forbidden', 403, 'Only the Voronka page may ask for its session\n');
    }
    return sendJson(res, 200, { token });
  };

  const serveEventStream = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET') return refuse(res, 'method_not_allowed', 405, 'Method not allowed\n', { Allow: 'GET' });
    const given = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token');
    if (!sameSecret(given, token)) return refuse(res, 'events_token', 403, 'Missing or wrong token\n');
    const end = serveEvents(req, res, backend, heartbeatMs);
    streams.add(end);
    res.on('close', () => streams.delete(end));
  };

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    securityHeaders(res);
    if (!allowedHosts.has(req.headers.host ?? '')) return refuse(res, 'unknown_host', 403, 'Unknown host\n');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return refuse(res, 'cross_origin', 403, 'Cross-origin requests are not allowed\n');
    }
    const pathname = (req.url ?? '/').split('?', 1)[0];
    if (pathname === '/rpc') return serveRpc(req, res);
    if (pathname === '/events') return serveEventStream(req, res);
    if (pathname === HOST_SESSION.path) return serveSession(req, res);
    if (pathname === WORKSPACE_SWITCH.path && workspace) return serveWorkspace(req, res, workspace);
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(res, 'method_not_allowed', 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    return serveStatic(req, res);
  };

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      onRefused('internal');
      if (res.headersSent) return res.destroy();
      sendError(res, 500, 'INTERNAL', error instanceof Error ? error.message : String(error));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  allowedHosts = new Set([
    `127.0.0.1:${actualPort}`,
    `localhost:${actualPort}`,
    `${hostLabel(hostname)}:${actualPort}`,
  ]);

  let closing: Promise<void> | null = null;
  return {
    url: `http://${hostLabel(hostname)}:${actualPort}/`,
    port: actualPort,
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const end of streams) end();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
};
