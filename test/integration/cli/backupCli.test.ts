import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src-main/cli/CliCommand';
import { runCli } from '../../../src-main/cli/runCli';
import { createBackend } from '../../../src-main/core/createBackend';

const run = async (args: string[]) => {
  let out = '';
  let err = '';
  const io: CliIo = { out: (text) => void (out += text), err: (text) => void (err += text) };
  const code = await runCli(args, io);
  return { code, out, err };
};

const addDeals = async (dbPath: string, titles: string[]) => {
  const backend = createBackend({ dbPath, platform: 'test' });
  try {
    for (const title of titles) {
      expect((await backend.dispatch('deals.create', { title, pipelineId: DEFAULT_PIPELINE.id })).ok).toBe(true);
    }
  } finally {
    backend.close();
  }
};

const infoJson = async (dbPath: string) => {
  const result = await run(['info', '--db', dbPath, '--check', '--json']);
  expect(result.code).toBe(0);
  return JSON.parse(result.out);
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'voronka-backup-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('voronka backup / restore / info --check', () => {
  it('round-trips: backup, later edits, restore brings back exactly the backed-up data', async () => {
    const dbPath = join(dir, 'voronka.sqlite');
    await addDeals(dbPath, ['Alpha', 'Beta', 'Gamma']);
    const original = await infoJson(dbPath);
    expect(original.check).toMatchObject({ ok: true, integrity: ['ok'], foreignKeyViolations: 0 });

    const out = join(dir, 'nightly.sqlite');
    const backedUp = await run(['backup', '--db', dbPath, '--out', out]);
    expect(backedUp).toMatchObject({ code: 0, err: '' });
    expect(backedUp.out).toMatch(/^Backed up .* to .*nightly\.sqlite \(\d+(\.\d)? kB\), checked\.\n$/);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    await addDeals(dbPath, ['Delta', 'Epsilon']);
    expect((await infoJson(dbPath)).counts.deals.total).toBe(5);

    const restored = await run(['restore', '--db', dbPath, '--from', out]);
    expect(restored).toMatchObject({ code: 0, err: '' });
    expect(restored.out).toMatch(
      /^Restored .* \(schema v\d+\); the data it replaced is in .*before-restore\.sqlite\.\n$/,
    );
    const after = await infoJson(dbPath);
    expect(after.counts).toEqual(original.counts);
    expect(after.schemaVersion).toBe(original.schemaVersion);
    expect(after.check.ok).toBe(true);
    // A restored copy is a new device: it never re-stamps what the original device sent.
    expect(after.deviceId).not.toBe(original.deviceId);
    // The replaced data (5 deals) was kept in the backups folder.
    const kept = readdirSync(join(dir, 'backups'));
    expect(kept).toHaveLength(1);
    const previous = new Database(join(dir, 'backups', kept[0]!), { readonly: true });
    expect(previous.prepare('SELECT count(*) FROM deals').pluck().get()).toBe(5);
    previous.close();
  });

  it('restores into a database file that does not exist yet', async () => {
    const source = join(dir, 'source.sqlite');
    await addDeals(source, ['One']);
    const backupPath = join(dir, 'one.sqlite');
    expect((await run(['backup', '--db', source, '--out', backupPath])).code).toBe(0);
    const fresh = join(dir, 'fresh', 'voronka.sqlite');
    mkdirSync(join(dir, 'fresh'));
    const result = await run(['restore', '--db', fresh, '--from', backupPath]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect((await infoJson(fresh)).counts.deals.total).toBe(1);
  });

  it('refuses a damaged backup (exit 1, the database untouched) and info --check reports damage', async () => {
    const dbPath = join(dir, 'voronka.sqlite');
    await addDeals(dbPath, ['Alpha']);
    const good = join(dir, 'good.sqlite');
    expect((await run(['backup', '--db', dbPath, '--out', good])).code).toBe(0);
    const damaged = join(dir, 'damaged.sqlite');
    const bytes = readFileSync(good);
    bytes.fill(0x5a, 4096 * 2, Math.min(bytes.length, 4096 * 6));
    writeFileSync(damaged, bytes);
    const before = readFileSync(dbPath);

    const refused = await run(['restore', '--db', dbPath, '--from', damaged]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^voronka restore: The file is damaged/);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
    expect(existsSync(join(dir, 'backups'))).toBe(true);
    expect(readdirSync(join(dir, 'backups'))).toEqual([]);

    const check = await run(['info', '--db', damaged, '--check']);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/^Integrity: FAILED/m);
    expect(check.err).toBe('The check failed: damaged\n');
  });

  it('info --check reports broken foreign keys', async () => {
    const dbPath = join(dir, 'voronka.sqlite');
    await addDeals(dbPath, ['Alpha']);
    const sqlite = new Database(dbPath);
    sqlite.pragma('foreign_keys = OFF');
    sqlite.exec("UPDATE deals SET stage_id = '00000000-0000-7000-8000-00000000dead'");
    sqlite.close();
    const check = await run(['info', '--db', dbPath, '--check']);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/^Foreign keys: FAILED: 1 broken references$/m);
  });

  it.each([
    [['backup', '--db', 'x.sqlite'], /Missing --out FILE/],
    [['restore', '--db', 'x.sqlite'], /Missing --from FILE/],
  ])('exits 2 on %j', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
  });
});
