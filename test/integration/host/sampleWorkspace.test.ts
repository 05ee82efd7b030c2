import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../src-main/core/createBackend';
import { SAMPLE_SIZE } from '../../../src-main/core/seed/sample/seedSampleWorkspace';
import { type RunningHost, startHost } from '../../../src-main/host/startHost';
import { samplePathFor } from '../../../src-main/worker/createWorkspaceSwitch';
import { createRendererFixture, rawRequest, tokenOf } from './hostTestKit';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Reads a closed file directly (the host has switched away from it). */
const query = <T>(path: string, sql: string): T => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).pluck().get() as T;
  } finally {
    db.close();
  }
};

describe('the sample workspace (host-level switch)', () => {
  let fixture: ReturnType<typeof createRendererFixture>;
  let ownPath: string;
  let host: RunningHost;
  let token: string;

  const post = async (path: string, body: unknown, headers: Record<string, string> = { 'X-Voronka-Token': token }) => {
    const response = await rawRequest(host.port, path, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: JSON.parse(response.body) as { ok: boolean; value?: unknown; error?: { code: string } },
    };
  };
  const rpc = async <T>(method: string, input: unknown = {}): Promise<T> => {
    const { body } = await post('/rpc', { method, input });
    if (!body.ok) throw new Error(JSON.stringify(body.error));
    return body.value as T;
  };
  const workspace = (request: unknown) => post('/workspace', request);
  const dealTitles = async () =>
    (await rpc<{ rows: { title: string }[] }>('deals.list', { limit: 500 })).rows.map((row) => row.title);

  beforeAll(async () => {
    fixture = createRendererFixture();
    ownPath = join(fixture.dir, 'data', 'voronka.sqlite');
    mkdirSync(join(fixture.dir, 'data'));
    // The user's own workspace: one deal of theirs.
    const own = createBackend({ dbPath: ownPath, platform: 'test' });
    const created = await own.dispatch('deals.create', { title: 'My only deal', pipelineId: DEFAULT_PIPELINE.id });
    expect(created.ok).toBe(true);
    own.close();
    host = await startHost({ dbPath: ownPath, port: 0, rendererDir: fixture.rendererDir });
    token = tokenOf((await rawRequest(host.port, '/')).body);
  }, 60_000);

  afterAll(async () => {
    await host?.close();
    rmSync(fixture.dir, { recursive: true, force: true });
  });

  it('is token-checked, names no file and refuses anything but a workspace request', async () => {
    const anonymous = await post('/workspace', { action: 'openSample', language: 'ru' }, {});
    expect(anonymous.status).toBe(403);
    expect(anonymous.body.error?.code).toBe('FORBIDDEN');
    expect((await workspace({ action: 'openFile', path: '/etc/passwd' })).body.error?.code).toBe('BAD_INPUT');
    expect((await workspace({ action: 'status' })).body).toEqual({
      ok: true,
      value: {
        open: 'own',
        language: null,
        samples: [],
        encrypted: false,
        locked: false,
        keeping: null,
        keychain: null,
      },
    });
    expect(await rpc('app.info')).toMatchObject({ dbPath: ownPath, sample: null });
  });

  it('opens a generated Russian sample beside the workspace and leaves the own file as it was', async () => {
    const opened = await workspace({ action: 'openSample', language: 'ru' });
    expect(opened.body).toEqual({
      ok: true,
      value: {
        open: 'sample',
        language: 'ru',
        samples: ['ru'],
        encrypted: false,
        locked: false,
        keeping: null,
        keychain: null,
      },
    });
    const samplePath = samplePathFor(ownPath, 'ru');
    expect(samplePath).toBe(join(fixture.dir, 'data', 'sample', 'sample-ru.sqlite'));
    expect(await rpc('app.info')).toMatchObject({ dbPath: samplePath, sample: { language: 'ru' } });
    const titles = await dealTitles();
    expect(titles.length).toBe(SAMPLE_SIZE.deals);
    expect(titles).not.toContain('My only deal');
    const settings = await rpc<Record<string, unknown>>('settings.get');
    expect(settings).toMatchObject({ 'ui.language': 'ru', 'workspace.currency': 'RUB' });
    // The sample opens as a rep with work to do; the first-start question does not come up.
    expect(settings['user.currentId']).not.toBeNull();
    // Russian companies: names in Cyrillic, with INNs.
    const companies = await rpc<{ rows: { name: string; inn: string | null }[] }>('companies.list', { limit: 50 });
    expect(companies.rows.some((company) => /[а-яё]/i.test(company.name) && company.inn !== null)).toBe(true);
    // The own file is closed now: nothing of it stays in a WAL, and it still holds its one deal.
    expect(existsSync(`${ownPath}-wal`)).toBe(false);
    expect(query<number>(ownPath, 'SELECT count(*) FROM deals')).toBe(1);
    // The sample has no rolling backups of its own, and none land in the user's backups folder.
    expect(existsSync(join(fixture.dir, 'data', 'sample', 'backups'))).toBe(false);
  }, 60_000);

  it('keeps the own file byte for byte while the sample is edited, goes back, and reuses the sample', async () => {
    const ownBefore = sha256(ownPath);
    await rpc('deals.create', { title: 'Sample edit', pipelineId: DEFAULT_PIPELINE.id });

    const back = await workspace({ action: 'openOwn' });
    expect(back.body).toEqual({
      ok: true,
      value: {
        open: 'own',
        language: null,
        samples: ['ru'],
        encrypted: false,
        locked: false,
        keeping: null,
        keychain: null,
      },
    });
    expect(await dealTitles()).toEqual(['My only deal']);
    expect(await rpc('app.info')).toMatchObject({ dbPath: ownPath, sample: null });

    const madeAt = query<string>(samplePathFor(ownPath, 'ru'), "SELECT value FROM meta WHERE key = 'sample.workspace'");
    await workspace({ action: 'openSample', language: 'ru' });
    // Reused, not made again: the edit is still there, under the same marker.
    expect(await dealTitles()).toContain('Sample edit');
    expect(await rpc('app.info')).toMatchObject({ sample: { language: 'ru' } });
    await workspace({ action: 'openOwn' });
    expect(query<string>(samplePathFor(ownPath, 'ru'), "SELECT value FROM meta WHERE key = 'sample.workspace'")).toBe(
      madeAt,
    );
    await workspace({ action: 'openSample', language: 'ru' });
    expect(sha256(ownPath)).toBe(ownBefore);
    expect(query<number>(ownPath, "SELECT count(*) FROM deals WHERE title = 'Sample edit'")).toBe(0);
  }, 60_000);

  it('starts over with fresh sample data on request', async () => {
    const fresh = await workspace({ action: 'openSample', language: 'ru', fresh: true });
    expect(fresh.body).toMatchObject({ ok: true, value: { open: 'sample', language: 'ru' } });
    const titles = await dealTitles();
    expect(titles).toHaveLength(SAMPLE_SIZE.deals);
    expect(titles).not.toContain('Sample edit');
  }, 60_000);

  it('makes the English sample in English, with American companies in dollars', async () => {
    await workspace({ action: 'openSample', language: 'en' });
    expect(await rpc('app.info')).toMatchObject({ sample: { language: 'en' } });
    expect(await rpc('settings.get')).toMatchObject({ 'ui.language': 'en', 'workspace.currency': 'USD' });
    expect(await dealTitles()).toHaveLength(SAMPLE_SIZE.deals);
    const companies = await rpc<{ rows: { name: string }[] }>('companies.list', { limit: 50 });
    expect(companies.rows.every((company) => !/[а-яё]/i.test(company.name))).toBe(true);
    expect((await workspace({ action: 'status' })).body.value).toEqual({
      open: 'sample',
      language: 'en',
      samples: ['ru', 'en'],
      encrypted: false,
      locked: false,
      keeping: null,
      keychain: null,
    });
    await workspace({ action: 'openOwn' });
  }, 60_000);

  it('never reuses or replaces a file at the sample path that is not a sample', async () => {
    const enPath = samplePathFor(ownPath, 'en');
    rmSync(enPath);
    const foreign = createBackend({ dbPath: enPath, platform: 'test' });
    await foreign.dispatch('deals.create', { title: 'Not a sample', pipelineId: DEFAULT_PIPELINE.id });
    foreign.close();
    const before = sha256(enPath);
    for (const fresh of [false, true]) {
      const refused = await workspace({ action: 'openSample', language: 'en', fresh });
      expect(refused.body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    }
    expect(sha256(enPath)).toBe(before);
    // Still the user's workspace, serving as before.
    expect(await dealTitles()).toEqual(['My only deal']);
  }, 60_000);
});
