import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-shared/contract/contentSecurityPolicy';
import { createAppProtocolHandler } from '../../../src-main/electron/createAppProtocolHandler';
import { OPENING_POLICY } from '../../../src-main/host/openingPolicy';

let base: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'voronka-protocol-'));
  const renderer = join(base, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Voronka</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'do not serve');
  handler = createAppProtocolHandler(renderer, () => '<!doctype html><main data-testid="opening">42 %</main>');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('app:// protocol handler', () => {
  it('serves the page with the strict CSP', async () => {
    const response = await handler(new Request('app://voronka/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Voronka</title>');
  });

  it('serves the opening page (an upgrade in progress) as it stands now, with its own script-free policy', async () => {
    const response = await handler(new Request('app://voronka/opening'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(OPENING_POLICY);
    expect(OPENING_POLICY).toContain("default-src 'none'");
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('42 %');
    // Only on the app's own host: another host's /opening is not the page.
    expect((await handler(new Request('app://elsewhere/opening'))).status).not.toBe(200);
  });

  it('the CSP allows only the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  it('serves scripts with a JavaScript type', async () => {
    const response = await handler(new Request('app://voronka/assets/app.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers client-side routes with index.html', async () => {
    const response = await handler(new Request('app://voronka/deals/42'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Voronka</title>');
  });

  it('refuses traversal, and keeps the CSP on refusals', async () => {
    const response = await handler(new Request('app://voronka/assets%2f..%2f..%2fsecret.txt'));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain('do not serve');
  });

  it('never serves a file above the renderer folder, even after URL normalisation', async () => {
    // Request (like Chromium) folds "/../" and "%2e%2e" away before the handler sees the URL.
    for (const url of [
      'app://voronka/../secret.txt',
      'app://voronka/%2e%2e/secret.txt',
      'app://voronka/a/../../secret.txt',
    ]) {
      const response = await handler(new Request(url));
      expect(response.status).not.toBe(200);
      expect(await response.text()).not.toContain('do not serve');
    }
  });

  it('answers 404 for a missing asset, 405 for a write', async () => {
    expect((await handler(new Request('app://voronka/assets/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://voronka/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const response = await handler(new Request('app://voronka/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});
