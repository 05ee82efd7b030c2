import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '@shared/contract/contentSecurityPolicy';
import { contentTypeFor } from '../host/contentTypeFor';
import { resolveAppAsset } from './resolveAppAsset';

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

const refuse = (status: number, text: string): Response =>
  new Response(text, { status, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });

/**
 * The `protocol.handle('app', …)` handler: serves the built renderer from `rendererDir` with the
 * strict CSP on every response. Plain Request → Response, so it is tested without Electron.
 */
export const createAppProtocolHandler =
  (rendererDir: string) =>
  async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed');
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
