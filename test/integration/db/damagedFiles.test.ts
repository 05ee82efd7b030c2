import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../src-main/core/createBackend';
import { DomainError } from '../../../src-main/core/DomainError';
import { clientFor, expectOk } from '../../helpers/tempBackend';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'voronka-damage-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const fingerprint = (path: string): string =>
  ['', '-wal']
    .map((suffix) => (existsSync(path + suffix) ? createHash('sha256').update(readFileSync(path + suffix)).digest('hex') : '-'))
    .join('/');

/** A workspace with deals, closed cleanly (its log checkpointed into the file). */
const makeWorkspace = async (path: string, deals = 30): Promise<void> => {
  const backend = createBackend({ dbPath: path, platform: 'test' });
  const client = clientFor(backend);
  for (let index = 0; index < deals; index += 1) {
    await client.call('deals.create', { title: `Deal ${index} ${'x'.repeat(150)}`, pipelineId: DEFAULT_PIPELINE.id });
  }
  backend.close();
};

/** Opening must refuse with DB_DAMAGED and this reason, and leave every byte as it was. */
const expectRefused = (path: string, reason: string) => {
  const before = fingerprint(path);
  let thrown: unknown;
  try {
    createBackend({ dbPath: path, platform: 'test' }).close();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DomainError);
  expect(thrown).toMatchObject({ code: 'DB_DAMAGED', params: { reason } });
  expect(fingerprint(path)).toBe(before);
};

/** The live file with its log as a crash would leave it: copied while the backend is open. */
const crashCopy = async (source: string, target: string, deals: string[]) => {
  const backend = createBackend({ dbPath: source, platform: 'test' });
  backend.db.sqlite.pragma('wal_autocheckpoint = 0');
  for (const title of deals) expectOk(await backend.dispatch('deals.create', { title, pipelineId: DEFAULT_PIPELINE.id }));
  copyFileSync(source, target);
  copyFileSync(`${source}-wal`, `${target}-wal`);
  backend.close();
};

describe('a damaged database at start', () => {
  it('a garbage header: refused as not a database, file untouched', async () => {
    const path = join(dir, 'voronka.sqlite');
    await makeWorkspace(path);
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 0, 64);
    writeFileSync(path, bytes);
    expectRefused(path, 'not_a_database');
  });

  it('another kind of file (a text file named like the database): refused, untouched', () => {
    const path = join(dir, 'voronka.sqlite');
    writeFileSync(path, 'Company,INN\nАльфа,7707083893\n'.repeat(50));
    expectRefused(path, 'not_a_database');
  });

  it('a truncated file: refused as cut short, untouched', async () => {
    const path = join(dir, 'voronka.sqlite');
    await makeWorkspace(path);
    truncateSync(path, Math.floor(statSync(path).size / 2));
    expectRefused(path, 'truncated');
    // Cut at an odd length (not a whole page) too.
    truncateSync(path, statSync(path).size - 100);
    expectRefused(path, 'truncated');
  });

  it('damaged pages behind a crash log: refused, untouched', async () => {
    const path = join(dir, 'voronka.sqlite');
    await makeWorkspace(path, 60);
    await crashCopy(path, join(dir, 'crashed.sqlite'), ['After']);
    const crashed = join(dir, 'crashed.sqlite');
    const bytes = readFileSync(crashed);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xff, pageSize * 3, pageSize * 6);
    writeFileSync(crashed, bytes);
    expectRefused(crashed, 'damaged');
  });

  it('the log of another Voronka database beside it: refused as foreign, neither file touched', async () => {
    const mine = join(dir, 'voronka.sqlite');
    await makeWorkspace(mine);
    const other = join(dir, 'other.sqlite');
    await crashCopy(other, join(dir, 'other-crash.sqlite'), ['Theirs']);
    copyFileSync(join(dir, 'other-crash.sqlite-wal'), `${mine}-wal`);
    expectRefused(mine, 'foreign_wal');
  });

  it('the log of a database that is not Voronka beside it: refused as foreign', async () => {
    const mine = join(dir, 'voronka.sqlite');
    await makeWorkspace(mine);
    const foreign = join(dir, 'foreign.db');
    const sqlite = new Database(foreign);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('wal_autocheckpoint = 0');
    sqlite.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello')");
    copyFileSync(`${foreign}-wal`, `${mine}-wal`);
    sqlite.close();
    expectRefused(mine, 'foreign_wal');
  });

  it('its own log after a crash is no damage: the file opens with every committed deal', async () => {
    const path = join(dir, 'voronka.sqlite');
    await makeWorkspace(path, 5);
    const crashed = join(dir, 'crashed.sqlite');
    await crashCopy(path, crashed, ['Committed before the crash']);
    const backend = createBackend({ dbPath: crashed, platform: 'test' });
    const titles = (backend.db.sqlite.prepare('SELECT title FROM deals').pluck().all() as string[]).filter((title) =>
      title.startsWith('Committed'),
    );
    backend.close();
    expect(titles).toEqual(['Committed before the crash']);
  });

  it('a brand-new workspace whose data is all still in its log (crash before the first checkpoint) opens', async () => {
    const fresh = join(dir, 'fresh.sqlite');
    const crashed = join(dir, 'fresh-crash.sqlite');
    await crashCopy(fresh, crashed, ['First deal']);
    const backend = createBackend({ dbPath: crashed, platform: 'test' });
    expect(backend.db.sqlite.prepare("SELECT count(*) FROM deals WHERE title = 'First deal'").pluck().get()).toBe(1);
    backend.close();
  });

  it('an empty file is a new database, not damage', () => {
    const path = join(dir, 'voronka.sqlite');
    writeFileSync(path, '');
    const backend = createBackend({ dbPath: path, platform: 'test' });
    expect(backend.migration.to).toBeGreaterThan(0);
    backend.close();
  });
});
