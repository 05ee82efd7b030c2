import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry } from '@shared/contract/schemas/backup';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { en } from '@shared/i18n/en';
import { ru } from '@shared/i18n/ru';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupsDirFor } from '../../../src-main/core/backup/backupsDirFor';
import { checkDatabaseFile } from '../../../src-main/core/backup/checkDatabaseFile';
import { startAutoBackups } from '../../../src-main/core/backup/startAutoBackups';
import { clientFor, createTempBackend, createTestClock, expectOk, type TempBackend } from '../../helpers/tempBackend';

let backend: TempBackend;
afterEach(() => backend?.dispose());

const DAY = 86_400_000;
const dealCount = (path: string): number => {
  const sqlite = new Database(path, { readonly: true });
  try {
    return sqlite.prepare('SELECT count(*) FROM deals WHERE deleted_at IS NULL').pluck().get() as number;
  } finally {
    sqlite.close();
  }
};
const createDeals = (count: number, prefix: string) =>
  Promise.all(
    Array.from({ length: count }, (_, index) =>
      clientFor(backend).call('deals.create', { title: `${prefix} ${index}`, pipelineId: DEFAULT_PIPELINE.id }),
    ),
  );
const checkFile = async (path: string) => {
  const sqlite = new Database(':memory:');
  try {
    return await checkDatabaseFile(sqlite, path);
  } finally {
    sqlite.close();
  }
};
const restoreFailure = async (bytes: Uint8Array) => {
  const result = await backend.dispatch('backup.restore', {
    source: { kind: 'upload', fileName: 'x.sqlite', base64: Buffer.from(bytes).toString('base64') },
  });
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('restored');
  return result.error;
};

describe('backup and restore', () => {
  it('backs up while writes go on: the copy is whole, checked, and holds a consistent state', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    await createDeals(20, 'Before');
    // Bulk up the file so the online backup takes many steps and writes land between them.
    backend.db.sqlite.prepare("INSERT INTO meta (key, value) VALUES ('filler', ?)").run('x'.repeat(4_000_000));
    const before = dealCount(backend.dbPath);
    const order: string[] = [];
    const backup = client.call('backup.create', {}).then((entry) => {
      order.push('backup');
      return entry;
    });
    const writes = createDeals(30, 'During').then(() => order.push('writes'));
    const [entry] = await Promise.all([backup, writes]);
    // The writes were not queued behind the backup.
    expect(order[0]).toBe('writes');
    const path = join(backupsDirFor(backend.dbPath), entry.name);
    expect(entry).toMatchObject({ kind: 'manual', bytes: readFileSync(path).byteLength });
    expect(await checkFile(path)).toMatchObject({ ok: true, problem: null, integrity: ['ok'] });
    const copied = dealCount(path);
    expect(copied).toBeGreaterThanOrEqual(before);
    expect(copied).toBeLessThanOrEqual(before + 30);
    // One self-contained file: no -wal beside it, no temporary left.
    expect(existsSync(`${path}-wal`)).toBe(false);
    const listed = await client.call('backup.list', {});
    expect(listed.backups.map((backupEntry) => backupEntry.name)).toEqual([entry.name]);
    expect(listed.lastBackupAt).toBe(entry.createdAt);
  });

  it('restores a backup by name: the data returns, the replaced data is kept, a new device id is taken', async () => {
    const clock = createTestClock();
    backend = createTempBackend({ clock });
    const client = clientFor(backend);
    await createDeals(3, 'Kept');
    const entry = await client.call('backup.create', {});
    const deviceBefore = (await client.call('app.info', {})).deviceId;
    clock.advance(60_000);
    await createDeals(2, 'After backup');
    expect(dealCount(backend.dbPath)).toBe(5);
    backend.received.length = 0;

    const restored = await client.call('backup.restore', { source: { kind: 'backup', name: entry.name } });
    expect(restored.restoredFrom).toBe(entry.name);
    expect(restored.previous).toMatchObject({ kind: 'before_restore' });
    const titles = (await client.call('deals.list', {})).rows.map((deal) => deal.title).sort();
    expect(titles).toEqual(['Kept 0', 'Kept 1', 'Kept 2']);
    // The replaced data is a checked backup of its own, with the two later deals.
    const previousPath = join(backupsDirFor(backend.dbPath), restored.previous!.name);
    expect(dealCount(previousPath)).toBe(5);
    expect((await client.call('backup.list', {})).backups.map((backup) => backup.kind).sort()).toEqual([
      'before_restore',
      'manual',
    ]);
    // Every view refetches; the restored copy writes as a new device, after the file's newest stamp.
    expect(backend.received.some((event) => event.type === 'data.changed' && event.tables.includes('deals'))).toBe(
      true,
    );
    expect((await client.call('app.info', {})).deviceId).not.toBe(deviceBefore);
    const deal = await client.call('deals.create', { title: 'After restore', pipelineId: DEFAULT_PIPELINE.id });
    expect(deal.title).toBe('After restore');
    expect(backend.db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses a damaged, foreign or unknown file with a translated reason and changes nothing', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    await createDeals(4, 'Safe');
    const entry = await client.call('backup.create', {});
    const good = readFileSync(join(backupsDirFor(backend.dbPath), entry.name));

    // Pages past the header overwritten: SQLite's integrity check fails.
    const damaged = Buffer.from(good);
    damaged.fill(0x5a, 4096 * 2, Math.min(damaged.length, 4096 * 6));
    expect((await restoreFailure(damaged)).params).toMatchObject({ reason: 'damaged' });
    expect((await restoreFailure(Buffer.from('name;inn\nРомашка;7707083893\n'.repeat(400)))).params).toMatchObject({
      reason: 'not_a_database',
    });
    // A sound SQLite file that is not Voronka's.
    const foreignPath = join(backend.dir, 'other.sqlite');
    const other = new Database(foreignPath);
    other.exec('CREATE TABLE notes (text TEXT)');
    other.close();
    expect((await restoreFailure(readFileSync(foreignPath))).params).toMatchObject({ reason: 'not_voronka' });
    // A Voronka file whose deals point at a stage that does not exist.
    const brokenPath = join(backend.dir, 'broken.sqlite');
    writeFileSync(brokenPath, good);
    const broken = new Database(brokenPath);
    broken.pragma('foreign_keys = OFF');
    broken.exec("UPDATE deals SET stage_id = '00000000-0000-7000-8000-00000000dead'");
    broken.close();
    expect((await restoreFailure(readFileSync(brokenPath))).params).toMatchObject({ reason: 'foreign_keys' });
    // A newer app's file.
    const newerPath = join(backend.dir, 'newer.sqlite');
    writeFileSync(newerPath, good);
    const newer = new Database(newerPath);
    newer.pragma('user_version = 9999');
    newer.close();
    expect((await restoreFailure(readFileSync(newerPath))).params).toMatchObject({ reason: 'newer_schema' });
    // A name that is not in the folder (or tries to leave it) is refused at the contract or as unknown.
    const unknown = await backend.dispatch('backup.restore', {
      source: { kind: 'backup', name: 'voronka-2020-01-01T00-00-00-000Z-manual.sqlite' },
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', params: { reason: 'not_found' } } });
    const escape = await backend.dispatch('backup.restore', { source: { kind: 'backup', name: '../voronka.sqlite' } });
    expect(escape).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });

    // Nothing changed, nothing was added to the folder, and each reason reads in both languages.
    expect(dealCount(backend.dbPath)).toBe(4);
    expect((await client.call('backup.list', {})).backups).toHaveLength(1);
    for (const reason of ['damaged', 'not_a_database', 'not_voronka', 'foreign_keys', 'newer_schema', 'not_found']) {
      expect(en.backupProblems[reason as keyof typeof en.backupProblems]).toBeTruthy();
      expect(ru.backupProblems[reason as keyof typeof ru.backupProblems]).toBeTruthy();
    }
  });

  it('restores an uploaded backup (the browser shell) and downloads one by name', async () => {
    backend = createTempBackend();
    const client = clientFor(backend);
    await createDeals(2, 'Upload');
    const entry = await client.call('backup.create', {});
    const file = await client.call('backup.download', { name: entry.name });
    expect(file).toMatchObject({ fileName: entry.name, bytes: entry.bytes });
    await createDeals(3, 'Later');
    const restored = await client.call('backup.restore', {
      source: { kind: 'upload', fileName: 'my backup.sqlite', base64: file.base64 },
    });
    expect(restored.restoredFrom).toBe('my backup.sqlite');
    expect(dealCount(backend.dbPath)).toBe(2);
  });

  it('makes a daily rolling backup at start and while open, keeping the newest N automatic ones', async () => {
    const clock = createTestClock();
    backend = createTempBackend({ clock });
    const client = clientFor(backend);
    await client.call('settings.set', { 'backup.keep': 3 });
    const manual = await client.call('backup.create', { kind: 'manual' });
    const auto = startAutoBackups(backend.db, backend.dispatch, clock, 60 * 60_000);
    try {
      await auto.tick();
      const autos = async (): Promise<BackupEntry[]> =>
        (await client.call('backup.list', {})).backups.filter((entry) => entry.kind === 'auto');
      expect(await autos()).toHaveLength(1);
      // Not due again within the day.
      clock.advance(23 * 60 * 60_000);
      await auto.tick();
      expect(await autos()).toHaveLength(1);
      const stamps: number[] = [];
      for (let day = 0; day < 5; day += 1) {
        clock.advance(DAY);
        stamps.push(clock.now());
        await auto.tick();
      }
      const kept = await autos();
      expect(kept.map((entry) => entry.createdAt)).toEqual(stamps.slice(-3).reverse());
      // The manual backup is never rotated away.
      expect((await client.call('backup.list', {})).backups.map((entry) => entry.name)).toContain(manual.name);
      // Switched off: nothing more.
      await client.call('settings.set', { 'backup.auto': false });
      clock.advance(2 * DAY);
      await auto.tick();
      expect(await autos()).toHaveLength(3);
    } finally {
      await auto.stop();
    }
    expectOk(await backend.dispatch('backup.list', {}));
  });
});
