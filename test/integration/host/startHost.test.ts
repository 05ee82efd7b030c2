import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../src-main/core/createBackend';
import { errorLogPathFor } from '../../../src-main/core/diagnostics/errorLogPathFor';
import { startHost } from '../../../src-main/host/startHost';
import { createRendererFixture, openEventStream, rawRequest, tokenOf } from './hostTestKit';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Runs src-main/host/host.ts the way `node out/main/host.js` runs, but from source through tsx. */
const spawnHost = (args: string[]) => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/host/host.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, VORONKA_DEBUG: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      exitCode = code;
      resolve(code);
    }),
  );
  /**
   * Resolves once the first line is out, or the process has ended without one. tsx compiles the
   * host from source on every spawn: about 10 s on an idle 2-core machine, past 15 s while the
   * suite's other workers are busy (a CI run failed so), hence the generous wait.
   */
  const firstLine = () =>
    expect.poll(() => stdout.endsWith('\n') || exitCode !== undefined, { timeout: 45_000 }).toBe(true);
  return { child, exited, firstLine, stdout: () => stdout, stderr: () => stderr };
};

describe('startHost (backend in the worker thread)', () => {
  let fixture: ReturnType<typeof createRendererFixture>;
  beforeAll(() => {
    fixture = createRendererFixture();
  });
  afterAll(() => rmSync(fixture.dir, { recursive: true, force: true }));

  it('serves the app, relays calls and events through the worker, and shuts down cleanly', async () => {
    const dbPath = join(fixture.dir, 'data', 'voronka.sqlite');
    const host = await startHost({ dbPath, port: 0, rendererDir: fixture.rendererDir });
    try {
      const page = await rawRequest(host.port, '/');
      const token = tokenOf(page.body);
      expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      const stream = await openEventStream(host.port, `/events?token=${token}`);
      const created = await rawRequest(host.port, '/rpc', {
        method: 'POST',
        headers: { 'X-Voronka-Token': token, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          method: 'deals.create',
          input: { title: 'Via worker', pipelineId: DEFAULT_PIPELINE.id },
        }),
      });
      expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { title: 'Via worker' } });
      await expect.poll(() => stream.text()).toMatch(/^data: \{"type":"data\.changed"/m);
      stream.close();
    } finally {
      await host.close();
    }
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
  });

  it("writes the requests it turns away to the workspace's error log", async () => {
    const dbPath = join(fixture.dir, 'refusals', 'voronka.sqlite');
    const host = await startHost({ dbPath, port: 0, rendererDir: fixture.rendererDir });
    try {
      await rawRequest(host.port, '/rpc', {
        method: 'POST',
        headers: { 'X-Voronka-Token': 'a-token-from-before-a-restart', 'Content-Type': 'application/json' },
        body: '{}',
      });
      await rawRequest(host.port, '/', { headers: { Host: 'rebinding.example' } });
      await rawRequest(host.port, '/events?token=wrong');
    } finally {
      await host.close();
    }
    const lines = readFileSync(errorLogPathFor(dbPath), 'utf8').trim().split('\n');
    expect(lines.map((line) => line.split(' ').slice(1).join(' '))).toEqual([
      'host-refused stale_token',
      'host-refused unknown_host',
      'host-refused events_token',
    ]);
  });
});

describe('host.ts (npm run serve)', () => {
  let fixture: ReturnType<typeof createRendererFixture>;
  beforeAll(() => {
    fixture = createRendererFixture();
  });
  afterAll(() => rmSync(fixture.dir, { recursive: true, force: true }));

  it('prints exactly one line with the URL, serves, and exits 0 on SIGTERM', async () => {
    const dbPath = join(fixture.dir, 'serve.sqlite');
    const host = spawnHost(['--port', '0', '--db', dbPath]);
    await host.firstLine();
    expect(host.stdout()).toMatch(/^Voronka is running at http:\/\/127\.0\.0\.1:\d+\/\n$/);
    const port = Number(/:(\d+)\//.exec(host.stdout())?.[1]);
    const res = await rawRequest(port, '/rpc', { method: 'POST', body: '{"method":"app.info"}' });
    expect(res.status).toBe(403);
    host.child.kill('SIGTERM');
    expect(await host.exited).toBe(0);
    expect(host.stderr()).toBe('');
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
  }, 90_000);

  it('exits 1 with one line when the database is from a newer app version', async () => {
    const dbPath = join(fixture.dir, 'newer.sqlite');
    const sqlite = new Database(dbPath);
    sqlite.pragma('user_version = 999');
    sqlite.close();
    const host = spawnHost(['--port', '0', '--db', dbPath]);
    expect(await host.exited).toBe(1);
    expect(host.stdout()).toBe('');
    expect(host.stderr()).toMatch(/^Cannot open the database: .*newer than this app.*\n$/);
  }, 90_000);

  it('a damaged database: says so in plain words, offers the backup, and --restore-backup restores it', async () => {
    const dbPath = join(fixture.dir, 'damaged', 'voronka.sqlite');
    mkdirSync(dirname(dbPath), { recursive: true });
    const backend = createBackend({ dbPath, platform: 'test' });
    expect(await backend.dispatch('backup.create', {})).toMatchObject({ ok: true });
    backend.close();
    writeFileSync(dbPath, 'garbage where the database was');
    const refused = spawnHost(['--port', '0', '--db', dbPath]);
    expect(await refused.exited).toBe(1);
    expect(refused.stderr()).toMatch(/not a database file.*not been changed/s);
    expect(refused.stderr()).toMatch(/restore the latest automatic backup.*--restore-backup/s);
    expect(readFileSync(dbPath, 'utf8')).toBe('garbage where the database was');

    const restored = spawnHost(['--port', '0', '--db', dbPath, '--restore-backup']);
    await expect.poll(() => restored.stdout(), { timeout: 20_000 }).toMatch(/Voronka is running at/);
    expect(restored.stdout()).toMatch(/damaged file was kept as .*voronka\.sqlite\.damaged-/);
    restored.child.kill('SIGTERM');
    expect(await restored.exited).toBe(0);
  }, 90_000);
});
