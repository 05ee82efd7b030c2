import { rmSync } from 'node:fs';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpHost, type HttpHost } from '../../../src-main/host/createHttpHost';
import { CONTENT_SECURITY_POLICY } from '../../../src-shared/contract/contentSecurityPolicy';
import { createTempBackend, type TempBackend } from '../../helpers/tempBackend';
import { createRendererFixture, openEventStream, rawRequest, SECRET, tokenOf } from './hostTestKit';

const TOKEN = 'test-token-0123456789abcdefghij';

describe('createHttpHost', () => {
  let backend: TempBackend;
  let fixture: ReturnType<typeof createRendererFixture>;
  let host: HttpHost;
  let activeSubscriptions = 0;

  beforeAll(async () => {
    backend = createTempBackend();
    fixture = createRendererFixture();
    host = await createHttpHost({
      backend: {
        dispatch: backend.dispatch,
        subscribe(listener) {
          activeSubscriptions += 1;
          const unsubscribe = backend.events.subscribe(listener);
          return () => {
            activeSubscriptions -= 1;
            unsubscribe();
          };
        },
      },
      rendererDir: fixture.rendererDir,
      token: TOKEN,
      port: 0,
      heartbeatMs: 40,
    });
  });
  afterAll(async () => {
    await host.close();
    backend.dispose();
    rmSync(fixture.dir, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = {}) => rawRequest(host.port, path, { headers });
  const rpc = (body: string, headers: Record<string, string> = { 'X-Voronka-Token': TOKEN }) =>
    rawRequest(host.port, '/rpc', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body,
    });

  it('listens on 127.0.0.1 and reports its URL', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
  });

  it('serves index.html with the token in <head> and the security headers', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(tokenOf(res.body)).toBe(TOKEN);
    expect(res.body.indexOf('voronka-token')).toBeLessThan(res.body.indexOf('</head>'));
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets with their content types and the app for client-side routes', async () => {
    const js = await get('/assets/app-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toContain('immutable');
    expect((await get('/assets/app-abc123.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get('/favicon.svg')).headers['content-type']).toBe('image/svg+xml');
    const route = await get('/deals/42?tab=history');
    expect(route.status).toBe(200);
    expect(tokenOf(route.body)).toBe(TOKEN);
    expect((await get('/assets/missing.js')).status).toBe(404);
    const head = await rawRequest(host.port, '/assets/app-abc123.js', { method: 'HEAD' });
    expect([head.status, head.body]).toEqual([200, '']);
    expect((await rawRequest(host.port, '/', { method: 'DELETE' })).status).toBe(405);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('refuses the traversal attempt %s', async (path) => {
    const res = await get(path);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toContain(SECRET);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses a Host header other than 127.0.0.1 or localhost on its port (DNS rebinding)', async () => {
    expect((await get('/', { Host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await get('/', { Host: '127.0.0.1:1' })).status).toBe(403);
    expect(
      (await rpc('{"method":"app.info","input":{}}', { 'X-Voronka-Token': TOKEN, Host: 'evil.example' })).status,
    ).toBe(403);
    expect((await get('/', { Host: `localhost:${host.port}` })).status).toBe(200);
  });

  it('refuses calls from another origin even with the token', async () => {
    const res = await rpc('{"method":"app.info","input":{}}', {
      'X-Voronka-Token': TOKEN,
      Origin: 'http://evil.example',
    });
    expect(res.status).toBe(403);
    const same = await rpc('{"method":"app.info","input":{}}', {
      'X-Voronka-Token': TOKEN,
      Origin: `http://127.0.0.1:${host.port}`,
    });
    expect(same.status).toBe(200);
  });

  it('requires the token on /rpc', async () => {
    const attempts: Record<string, string>[] = [{}, { 'X-Voronka-Token': 'wrong' }, { 'X-Voronka-Token': `${TOKEN}x` }];
    for (const headers of attempts) {
      const res = await rpc('{"method":"app.info","input":{}}', headers);
      expect(res.status).toBe(403);
      // The reason tells a page from before a restart to fetch the new launch's token.
      expect(JSON.parse(res.body)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', params: { reason: 'stale_token' } },
      });
    }
  });

  it("gives the current token to the host's own page only", async () => {
    const own = await get('/session', { 'X-Voronka-Session': '1', 'Sec-Fetch-Site': 'same-origin' });
    expect(own.status).toBe(200);
    expect(own.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(own.body)).toEqual({ token: TOKEN });
    // A non-browser client on this machine could read index.html anyway; without the header it is refused.
    expect((await get('/session', { 'X-Voronka-Session': '1' })).status).toBe(200);
    expect((await get('/session')).status).toBe(403);
    expect((await get('/session', { 'X-Voronka-Session': '1', 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await get('/session', { 'X-Voronka-Session': '1', 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
    expect((await get('/session', { 'X-Voronka-Session': '1', Origin: 'http://evil.example' })).status).toBe(403);
    expect((await get('/session', { 'X-Voronka-Session': '1', Host: `evil.example:${host.port}` })).status).toBe(403);
    const posted = await rawRequest(host.port, '/session', { method: 'POST', headers: { 'X-Voronka-Session': '1' } });
    expect(posted.status).toBe(405);
  });

  it('round-trips calls as JSON envelopes', async () => {
    const info = await rpc('{"method":"app.info","input":{}}');
    expect(info.status).toBe(200);
    expect(info.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { dbPath: backend.dbPath } });
    const created = await rpc(
      JSON.stringify({ method: 'deals.create', input: { title: 'Acme', pipelineId: DEFAULT_PIPELINE.id } }),
    );
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { title: 'Acme' } });
    const unknown = await rpc('{"method":"no.such","input":{}}');
    expect([unknown.status, JSON.parse(unknown.body).error.code]).toEqual([200, 'UNKNOWN_METHOD']);
    const invalid = await rpc('{"method":"deals.create","input":{"title":""}}');
    expect(JSON.parse(invalid.body)).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', issues: expect.any(Array) },
    });
  });

  it("says in Server-Timing how long a call's body, core and encoding took", async () => {
    const answer = await rpc(
      JSON.stringify({ method: 'deals.create', input: { title: 'Timed', pipelineId: DEFAULT_PIPELINE.id } }),
    );
    const header = String(answer.headers['server-timing']);
    const parts = Object.fromEntries(
      header.split(', ').map((part) => {
        const [name, duration] = part.split(';dur=');
        return [name, Number(duration)];
      }),
    );
    expect(Object.keys(parts)).toEqual(['read', 'core', 'json']);
    for (const ms of Object.values(parts)) expect(ms).toBeGreaterThanOrEqual(0);
    // The core's share is the write itself: more than nothing, unlike reading a small body.
    expect(parts['core']).toBeGreaterThan(0);
  });

  it('answers malformed and oversized bodies with a BAD_INPUT envelope', async () => {
    for (const body of ['{not json', '[]', '{"method":1}', '']) {
      const res = await rpc(body);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    const huge = JSON.stringify({ method: 'app.info', input: { pad: 'x'.repeat(10 * 1024 * 1024) } });
    const res = await rpc(huge);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'Request body too large' },
    });
    expect((await rpc('{"method":"app.info","input":{}}')).status).toBe(200);
    expect((await get('/rpc')).status).toBe(405);
  });

  it('requires the token on /events', async () => {
    expect((await get('/events')).status).toBe(403);
    expect((await get('/events?token=wrong')).status).toBe(403);
  });

  it('streams data.changed after a mutation, sends heartbeats, and unsubscribes on hang-up', async () => {
    const before = activeSubscriptions;
    const stream = await openEventStream(host.port, `/events?token=${encodeURIComponent(TOKEN)}`);
    expect(stream.status).toBe(200);
    await expect.poll(() => activeSubscriptions).toBe(before + 1);
    await rpc(
      JSON.stringify({ method: 'deals.create', input: { title: 'Streamed', pipelineId: DEFAULT_PIPELINE.id } }),
    );
    await expect.poll(() => stream.text()).toMatch(/^data: \{"type":"data\.changed".*"deals".*\}$/m);
    const event = JSON.parse(/^data: (.*)$/m.exec(stream.text())?.[1] ?? 'null');
    expect(event).toMatchObject({ type: 'data.changed', tables: expect.arrayContaining(['deals']) });
    await expect.poll(() => stream.text()).toContain(': heartbeat\n\n');
    stream.close();
    await expect.poll(() => activeSubscriptions).toBe(before);
  });

  it('says how to build the renderer when it is missing', async () => {
    const bare = await createHttpHost({
      backend: { dispatch: backend.dispatch, subscribe: backend.events.subscribe },
      rendererDir: `${fixture.dir}/nothing-here`,
      token: TOKEN,
      port: 0,
    });
    const res = await rawRequest(bare.port, '/');
    expect(res.status).toBe(503);
    expect(res.body).toMatch(/npm run build/);
    const stream = await openEventStream(bare.port, `/events?token=${TOKEN}`);
    await bare.close();
    stream.close();
  });
});
