import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../src-main/core/createBackend';
import { backupsDirFor } from '../../../src-main/core/backup/backupsDirFor';
import { closeDatabase, openDatabase } from '../../../src-main/core/db/openDatabase';
import { type RunningHost, startHost } from '../../../src-main/host/startHost';
import { createRendererFixture, rawRequest, tokenOf } from './hostTestKit';

type Answer = { ok: boolean; value?: Record<string, unknown>; error?: { code: string; params?: { reason?: string } } };

/** Whether `key` (null: none) opens the closed file at `path`. */
const opensWith = (path: string, key: string | null): boolean => {
  try {
    closeDatabase(openDatabase(path, { key, readonly: true }));
    return true;
  } catch {
    return false;
  }
};

const FIRST = 'correct horse battery';
const SECOND = 'staple 2 another one';

/**
 * Settings → Security through the browser host and its real worker: the own file rewritten in a
 * worker's thread and reopened under the new key, and an encrypted workspace started without
 * VORONKA_DB_KEY served locked until the page unlocks it.
 */
describe('encrypting, unlocking and decrypting the workspace (host-level)', () => {
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
    // A refusal before any procedure (a foreign origin) answers in plain text.
    const json = response.headers['content-type']?.toString().startsWith('application/json') ?? false;
    return { status: response.status, body: (json ? JSON.parse(response.body) : { ok: false }) as Answer };
  };
  const workspace = async (request: unknown) => (await post('/workspace', request)).body;
  const rpc = async (method: string, input: unknown = {}) => (await post('/rpc', { method, input })).body;
  const dealTitles = async () => {
    const answer = await rpc('deals.list', { limit: 50 });
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    return (answer.value as unknown as { rows: { title: string }[] }).rows.map((row) => row.title);
  };
  const startOn = async (key: string | null = null) => {
    host = await startHost({ dbPath: ownPath, port: 0, rendererDir: fixture.rendererDir, key });
    token = tokenOf((await rawRequest(host.port, '/')).body);
  };
  const backupFiles = () => readdirSync(backupsDirFor(ownPath)).map((name) => join(backupsDirFor(ownPath), name));

  beforeAll(async () => {
    fixture = createRendererFixture();
    ownPath = join(fixture.dir, 'data', 'voronka.sqlite');
    mkdirSync(join(fixture.dir, 'data'));
    const own = createBackend({ dbPath: ownPath, platform: 'test' });
    expect((await own.dispatch('deals.create', { title: 'Kept secret', pipelineId: DEFAULT_PIPELINE.id })).ok).toBe(
      true,
    );
    expect((await own.dispatch('backup.create', {})).ok).toBe(true);
    own.close();
    await startOn();
  }, 60_000);

  afterAll(async () => {
    await host?.close();
    rmSync(fixture.dir, { recursive: true, force: true });
  });

  it('leaves a plain file as it was, and open, when the rewrite fails', async () => {
    // Another program holding the file open (its WAL stays): the rewrite refuses to swap under it.
    const other = new Database(ownPath);
    other.pragma('journal_mode = WAL');
    other.prepare('SELECT count(*) FROM sqlite_schema').get();
    try {
      const refused = await workspace({ action: 'encrypt', passphrase: FIRST });
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', params: { reason: 'busy' } } });
    } finally {
      other.close();
    }
    expect(await workspace({ action: 'status' })).toMatchObject({ ok: true, value: { encrypted: false } });
    expect(await dealTitles()).toEqual(['Kept secret']);
    expect(readdirSync(join(fixture.dir, 'data')).filter((name) => name.endsWith('.rekey'))).toEqual([]);
  }, 60_000);

  it('refuses a short passphrase at the boundary', async () => {
    expect((await workspace({ action: 'encrypt', passphrase: 'short' })).error?.code).toBe('BAD_INPUT');
  });

  it('encrypts the open workspace and its backups, and keeps serving it under the new key', async () => {
    const answer = await workspace({ action: 'encrypt', passphrase: FIRST });
    expect(answer).toMatchObject({
      ok: true,
      value: { encrypted: true, locked: false, keeping: 'passphrase', keychain: null },
    });
    expect(await dealTitles()).toEqual(['Kept secret']);
    // Written: a deal made after the rewrite lands in the encrypted file.
    expect((await rpc('deals.create', { title: 'After', pipelineId: DEFAULT_PIPELINE.id })).ok).toBe(true);
    await host.close();
    expect(opensWith(ownPath, null)).toBe(false);
    expect(opensWith(ownPath, FIRST)).toBe(true);
    // The backup made before is rewritten too, and a new checked one was taken.
    const backups = backupFiles();
    expect(backups.length).toBeGreaterThanOrEqual(2);
    for (const backup of backups) {
      expect(opensWith(backup, null)).toBe(false);
      expect(opensWith(backup, FIRST)).toBe(true);
    }
    await startOn(FIRST);
  }, 60_000);

  it('changes the passphrase only with the current one, and the old one stops opening the file', async () => {
    const wrong = await workspace({ action: 'encrypt', passphrase: SECOND, current: 'not the one' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'DB_ENCRYPTED', params: { reason: 'key_rejected' } } });
    const changed = await workspace({ action: 'encrypt', passphrase: SECOND, current: FIRST });
    expect(changed).toMatchObject({ ok: true, value: { encrypted: true } });
    expect((await dealTitles()).sort()).toEqual(['After', 'Kept secret']);
    await host.close();
    expect(opensWith(ownPath, FIRST)).toBe(false);
    expect(opensWith(ownPath, SECOND)).toBe(true);
    for (const backup of backupFiles()) expect(opensWith(backup, FIRST)).toBe(false);
  }, 60_000);

  it('starts locked without the key, keeps the token checks, and unlocks with the right passphrase only', async () => {
    await startOn(null);
    expect(host.locked).toBe(true);
    expect(await workspace({ action: 'status' })).toMatchObject({
      ok: true,
      value: { encrypted: true, locked: true },
    });
    expect(await rpc('deals.list', { limit: 5 })).toMatchObject({
      ok: false,
      error: { code: 'DB_ENCRYPTED', params: { reason: 'key_required' } },
    });
    expect((await workspace({ action: 'openSample', language: 'en' })).ok).toBe(false);
    const anonymous = await post('/workspace', { action: 'unlock', passphrase: SECOND }, {});
    expect(anonymous.status).toBe(403);
    const foreign = await post(
      '/workspace',
      { action: 'unlock', passphrase: SECOND },
      { 'X-Voronka-Token': token, Origin: 'http://evil.example' },
    );
    expect(foreign.status).toBe(403);
    expect(await workspace({ action: 'status' })).toMatchObject({ value: { locked: true } });

    const wrong = await workspace({ action: 'unlock', passphrase: FIRST });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'DB_ENCRYPTED', params: { reason: 'key_rejected' } } });
    expect(await workspace({ action: 'status' })).toMatchObject({ value: { locked: true } });
    const right = await workspace({ action: 'unlock', passphrase: SECOND });
    expect(right).toMatchObject({ ok: true, value: { encrypted: true, locked: false, keeping: 'passphrase' } });
    expect((await dealTitles()).sort()).toEqual(['After', 'Kept secret']);
  }, 60_000);

  it('decrypts with the current passphrase: the file and its backups are plain again', async () => {
    const wrong = await workspace({ action: 'decrypt', current: FIRST });
    expect(wrong).toMatchObject({ ok: false, error: { params: { reason: 'key_rejected' } } });
    expect(await workspace({ action: 'decrypt', current: SECOND })).toMatchObject({
      ok: true,
      value: { encrypted: false, keeping: null },
    });
    expect((await dealTitles()).sort()).toEqual(['After', 'Kept secret']);
    await host.close();
    expect(opensWith(ownPath, null)).toBe(true);
    for (const backup of backupFiles()) expect(opensWith(backup, null)).toBe(true);
    await startOn(null);
    expect(host.locked).toBe(false);
    expect(await workspace({ action: 'decrypt', current: 'anything' })).toMatchObject({
      ok: false,
      error: { params: { reason: 'not_encrypted' } },
    });
  }, 60_000);
});
