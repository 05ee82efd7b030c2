import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsDirFor } from '../../../src-main/core/backup/backupsDirFor';
import { damagedDatabaseNotice } from '../../../src-main/core/backup/damagedDatabaseNotice';
import { restoreLatestBackupOver } from '../../../src-main/core/backup/restoreLatestBackupOver';
import { createBackend } from '../../../src-main/core/createBackend';
import { damagedDatabaseText } from '../../../src-main/host/damagedDatabaseText';
import { clientFor } from '../../helpers/tempBackend';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'voronka-recover-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const workspaceWithBackups = async (path: string) => {
  const backend = createBackend({ dbPath: path, platform: 'test' });
  const client = clientFor(backend);
  await client.call('deals.create', { title: 'In the older backup', pipelineId: DEFAULT_PIPELINE.id });
  await client.call('backup.create', {});
  await client.call('deals.create', { title: 'In the newest backup', pipelineId: DEFAULT_PIPELINE.id });
  await new Promise((resolve) => setTimeout(resolve, 5));
  const newest = await client.call('backup.create', {});
  backend.close();
  return newest;
};

describe('restoring the latest backup over a damaged database', () => {
  it('keeps the damaged file aside byte for byte and opens the newest sound backup in its place', async () => {
    const path = join(dir, 'voronka.sqlite');
    const newest = await workspaceWithBackups(path);
    const bytes = readFileSync(path);
    bytes.fill(0x00, 0, 32);
    writeFileSync(path, bytes);
    const damagedHash = sha(path);
    expect(() => createBackend({ dbPath: path, platform: 'test' })).toThrow(/damaged/);

    const recovery = await restoreLatestBackupOver(path, Date.UTC(2026, 11, 3));
    expect(recovery?.restored.name).toBe(newest.name);
    expect(sha(recovery!.keptAs)).toBe(damagedHash);

    const backend = createBackend({ dbPath: path, platform: 'test' });
    const titles = backend.db.sqlite.prepare('SELECT title FROM deals ORDER BY title').pluck().all();
    backend.close();
    expect(titles).toEqual(['In the newest backup', 'In the older backup']);
  });

  it('skips a damaged newest backup for the one before it; with none sound, changes nothing', async () => {
    const path = join(dir, 'voronka.sqlite');
    const newest = await workspaceWithBackups(path);
    writeFileSync(join(backupsDirFor(path), newest.name), 'not a database');
    writeFileSync(path, 'garbage');
    const recovery = await restoreLatestBackupOver(path, Date.now());
    expect(recovery?.restored.name).not.toBe(newest.name);
    const backend = createBackend({ dbPath: path, platform: 'test' });
    expect(backend.db.sqlite.prepare('SELECT title FROM deals').pluck().all()).toEqual(['In the older backup']);
    backend.close();

    const lonely = join(dir, 'lonely', 'voronka.sqlite');
    rmSync(join(dir, 'lonely'), { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'lonely'));
    writeFileSync(lonely, 'garbage');
    expect(await restoreLatestBackupOver(lonely, Date.now())).toBeNull();
    expect(readdirSync(join(dir, 'lonely'))).toEqual(['voronka.sqlite']);
    expect(readFileSync(lonely, 'utf8')).toBe('garbage');
  });

  it('words the refusal plainly in both languages, with the offer', () => {
    const en = damagedDatabaseNotice('en', 'foreign_wal', '/data/voronka.sqlite', Date.UTC(2026, 11, 2, 9, 0));
    expect(en.body).toMatch(/belongs to another database.*not been changed/s);
    expect(en.body).toContain('/data/voronka.sqlite');
    expect(en.offer).toMatch(/restore the latest automatic backup, from 2 December 2026/);
    const ru = damagedDatabaseNotice('ru', 'not_a_database', '/d/v.sqlite', null);
    expect(ru.body).toMatch(/Это не файл базы данных.*Файл не изменён/s);
    expect(ru.offer).toMatch(/Резервных копий нет/);
    expect(damagedDatabaseText('truncated', '/d/v.sqlite', 0, { LANG: 'ru_RU.UTF-8' })).toMatch(/--restore-backup/);
    expect(damagedDatabaseText('truncated', '/d/v.sqlite', 0, { LANG: 'en_US.UTF-8' })).toMatch(/cut short/);
  });
});
