import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeWithCipher } from '../../helpers/describeWithCipher';
import { backupsDirFor } from '../../../src-main/core/backup/backupsDirFor';
import { createBackend } from '../../../src-main/core/createBackend';
import { changeDatabaseEncryption } from '../../../src-main/core/db/encryption/changeDatabaseEncryption';
import { closeDatabase, openDatabase } from '../../../src-main/core/db/openDatabase';
import { restoreLatestBackupOver } from '../../../src-main/core/backup/restoreLatestBackupOver';
import { clientFor, expectOk } from '../../helpers/tempBackend';

// A name that must never be found in the bytes of an encrypted workspace, in either encoding.
const COMPANY = 'Зашифрованная Ромашка Secretco';
const KEY = "correct horse 'battery' staple";

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'voronka-encryption-'));
  path = join(dir, 'voronka.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under the folder (the database, its log, backups, pre-upgrade copies). */
const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );

/** Files under the temp folder whose bytes hold the company's name readably. */
const filesWithName = (): string[] =>
  filesUnder(dir).filter((file) => {
    const bytes = readFileSync(file);
    return bytes.includes(Buffer.from(COMPANY, 'utf8')) || bytes.includes(Buffer.from('Secretco', 'latin1'));
  });

const fingerprint = (file: string): string =>
  ['', '-wal']
    .map((suffix) =>
      existsSync(file + suffix)
        ? createHash('sha256')
            .update(readFileSync(file + suffix))
            .digest('hex')
        : '-',
    )
    .join('/');

const openWorkspace = (key: string | null) => createBackend({ dbPath: path, platform: 'test', key });

const companyNames = async (key: string | null): Promise<string[]> => {
  const backend = openWorkspace(key);
  try {
    return (backend.db.sqlite.prepare('SELECT name FROM companies').pluck().all() as string[]).sort();
  } finally {
    backend.close();
  }
};

const refusal = (key: string | null): unknown => {
  try {
    openWorkspace(key).close();
  } catch (error) {
    return error;
  }
  return null;
};

describeWithCipher('an encrypted workspace', () => {
  it('keeps no readable text in its file, log or backups; opens with its key only', async () => {
    const backend = openWorkspace(KEY);
    const client = clientFor(backend);
    await client.call('companies.create', { name: COMPANY, industry: 'Secretco industry' });
    expectOk(await backend.dispatch('backup.create', { kind: 'manual' }));
    // While it runs, the log holds the newest pages: encrypted too.
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect(filesWithName()).toEqual([]);
    // A sync bundle of an encrypted workspace must be encrypted: a plain one is refused.
    const { exportSyncBundle } = await import('../../../src-main/core/sync/bundle/exportSyncBundle');
    expect(() => exportSyncBundle(backend.db, { kind: 'all' }, Date.now())).toThrow(
      expect.objectContaining({ code: 'DB_ENCRYPTED', params: { reason: 'passphrase_required' } }),
    );
    const sealed = exportSyncBundle(backend.db, { kind: 'all' }, Date.now(), 'bundle passphrase');
    expect(sealed.bytes.includes(Buffer.from('Secretco'))).toBe(false);
    backend.close();

    expect(filesWithName()).toEqual([]);
    expect(readFileSync(path).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(await companyNames(KEY)).toContain(COMPANY);

    const before = fingerprint(path);
    expect(refusal('wrong passphrase')).toMatchObject({ code: 'DB_ENCRYPTED', params: { reason: 'key_rejected' } });
    expect(refusal(null)).toMatchObject({ code: 'DB_ENCRYPTED', params: { reason: 'key_required' } });
    expect(fingerprint(path)).toBe(before);
  });

  it('restores its own encrypted backup, from the list and over a damaged file', async () => {
    const backend = openWorkspace(KEY);
    const client = clientFor(backend);
    await client.call('companies.create', { name: COMPANY });
    expectOk(await backend.dispatch('activities.log', { type: 'call' }));
    const backup = await client.call('backup.create', { kind: 'manual' });
    await client.call('companies.create', { name: 'Made after the backup' });
    expectOk(await backend.dispatch('activities.log', { type: 'call' }));
    await client.call('backup.restore', { source: { kind: 'backup', name: backup.name } });
    const names = backend.db.sqlite.prepare('SELECT name FROM companies').pluck().all();
    expect(names).toContain(COMPANY);
    expect(names).not.toContain('Made after the backup');
    // The trigger-kept activity counts follow the restored rows (copied, they would count twice).
    expect((await client.call('activities.list', {})).total).toBe(1);
    // The search index was rebuilt from the restored rows.
    const hits = expectOk(await backend.dispatch('search.everywhere', { query: 'Зашифрованная' }));
    expect(JSON.stringify(hits)).toContain(COMPANY);
    backend.close();
    expect(filesWithName()).toEqual([]);

    // The recovery of a file that would not open takes the key to check the backups with.
    const recovery = await restoreLatestBackupOver(path, Date.now(), undefined, KEY);
    expect(recovery).not.toBeNull();
    expect(await companyNames(KEY)).toContain(COMPANY);
  });

  it('is encrypted and decrypted in place with its backups, checked before the swap', async () => {
    const plain = openWorkspace(null);
    await clientFor(plain).call('companies.create', { name: COMPANY });
    expectOk(await plain.dispatch('backup.create', { kind: 'manual' }));
    plain.close();
    expect(filesWithName().length).toBeGreaterThan(0);

    const encrypted = await changeDatabaseEncryption(path, { from: null, to: KEY }, Date.now());
    expect(encrypted.rewritten).toHaveLength(1);
    expect(filesWithName()).toEqual([]);
    expect(readdirSync(backupsDirFor(path))).toContain(encrypted.backup.name);
    expect(await companyNames(KEY)).toContain(COMPANY);
    expect(refusal(null)).toMatchObject({ code: 'DB_ENCRYPTED', params: { reason: 'key_required' } });

    // The wrong old key changes nothing.
    const before = fingerprint(path);
    await expect(changeDatabaseEncryption(path, { from: 'wrong', to: null }, Date.now())).rejects.toMatchObject({
      code: 'DB_ENCRYPTED',
      params: { reason: 'key_rejected' },
    });
    expect(fingerprint(path)).toBe(before);

    await changeDatabaseEncryption(path, { from: KEY, to: null }, Date.now());
    expect(await companyNames(null)).toContain(COMPANY);
    const db = openDatabase(join(backupsDirFor(path), encrypted.backup.name), { readonly: true });
    expect(db.sqlite.prepare('SELECT count(*) FROM companies').pluck().get()).toBeGreaterThan(0);
    closeDatabase(db);
  });

  it('refuses to rewrite a file another program has open', async () => {
    const running = openWorkspace(null);
    await clientFor(running).call('companies.create', { name: COMPANY });
    await expect(changeDatabaseEncryption(path, { from: null, to: KEY }, Date.now())).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    running.close();
    expect(await companyNames(null)).toContain(COMPANY);
  });
});
