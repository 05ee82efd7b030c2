import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const INDEX_HTML =
  '<!doctype html>\n<html lang="en"><head><meta charset="UTF-8" /><title>Voronka</title></head><body><div id="root"></div></body></html>\n';
export const SECRET = 'top-secret-outside-the-renderer';

/** A stand-in renderer build, with a secret file beside it that no request may reach. */
export const createRendererFixture = (): { dir: string; rendererDir: string } => {
  const dir = mkdtempSync(join(tmpdir(), 'voronka-host-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'app-abc123.js'), 'console.log("app");\n');
  writeFileSync(join(rendererDir, 'assets', 'app-abc123.css'), 'body { margin: 0 }\n');
  writeFileSync(join(rendererDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  return { dir, rendererDir };
};

export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/**
 * A request with the target sent exactly as written (fetch would normalise `/../`), and any
 * Host header the test wants.
 */
export const rawRequest = (
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });

export const tokenOf = (html: string): string => {
  const match = /<meta name="voronka-token" content="([^"]+)">/.exec(html);
  if (!match?.[1]) throw new Error('no token in the page');
  return match[1];
};

/** An open SSE stream: the text received so far, and a way to hang up. */
export const openEventStream = (port: number, path: string) =>
  new Promise<{ status: number; text: () => string; close: () => void }>((resolve, reject) => {
    let text = '';
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      resolve({ status: res.statusCode ?? 0, text: () => text, close: () => req.destroy() });
    });
    req.on('error', (error) => {
      if (!req.destroyed) reject(error);
    });
    req.end();
  });
