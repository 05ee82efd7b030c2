import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '@shared/contract/contentSecurityPolicy';
import { contentTypeFor } from '../host/contentTypeFor';
import { OPENING_POLICY } from '../host/openingPolicy';
import { APP_HOST, OPENING_PATH } from './appOrigin';
import { resolveAppAsset } from './resolveAppAsset';

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

const refuse = (status: number, text: string): Response =>
  new Response(text, { status, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });

/** The opening page (see openingPage) with its own policy: no script, only its inline style. */
const openingResponse = (html: string, method: string): Response =>
  new Response(method === 'HEAD' ? null : html, {
    status: 200,
    headers: {
      ...SECURITY_HEADERS,
      'content-security-policy': OPENING_POLICY,
      'cache-control': 'no-store',
      'content-type': 'text/html; charset=utf-8',
    },
  });

/**
 * The `protocol.handle('app', …)` handler: serves the built renderer from `rendererDir` with the
 * strict CSP on every response, and `app://voronka/opening` from `openingPage` (the progress of an
 * upgrade of the workspace file, while it runs). Plain Request → Response, tested without Electron.
 */
export const createAppProtocolHandler =
  (rendererDir: string, openingPage: () => string) =>
  async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed');
    const url = new URL(request.url);
    if (url.host === APP_HOST && url.pathname === OPENING_PATH) return openingResponse(openingPage(), request.method);
    const file = resolveAppAsset(rendererDir, request.url);
    if (file === null) return refuse(403, 'Forbidden');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return refuse(404, 'Not found');
    }
    const headers = {
      ...SECURITY_HEADERS,
      'content-type': contentTypeFor(file),
    };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
