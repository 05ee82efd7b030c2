import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src-main/cli/CliCommand';
import { runCli } from '../../../src-main/cli/runCli';
import { createBackend } from '../../../src-main/core/createBackend';
import { businessSnapshot } from '../../helpers/syncPeers';

const run = async (args: string[]) => {
  let out = '';
  let err = '';
  const io: CliIo = { out: (text) => void (out += text), err: (text) => void (err += text) };
  const code = await runCli(args, io);
  return { code, out, err };
};

const withBackend = async <T>(dbPath: string, work: (backend: ReturnType<typeof createBackend>) => Promise<T> | T) => {
  const backend = createBackend({ dbPath, platform: 'test' });
  try {
    return await work(backend);
  } finally {
    backend.close();
  }
};

const addDeal = (dbPath: string, title: string) =>
  withBackend(dbPath, async (backend) => {
    expect((await backend.dispatch('deals.create', { title, pipelineId: DEFAULT_PIPELINE.id })).ok).toBe(true);
  });

const titles = (dbPath: string) =>
  withBackend(dbPath, (backend) => backend.db.sqlite.prepare('SELECT title FROM deals ORDER BY title').pluck().all());

let dir: string;
let shared: string;
let a: string;
let b: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'voronka-sync-folder-cli-'));
  shared = join(dir, 'Syncthing', 'voronka');
  mkdirSync(shared, { recursive: true });
  a = join(dir, 'a.sqlite');
  b = join(dir, 'b.sqlite');
  await addDeal(a, 'Лицензии');
  await addDeal(b, 'Поддержка');
  delete process.env.VORONKA_SYNC_PASSPHRASE;
});
afterEach(() => {
  delete process.env.VORONKA_SYNC_PASSPHRASE;
  rmSync(dir, { recursive: true, force: true });
});

describe('voronka sync folder', () => {
  it('exchanges both ways through the folder, one run at a time', async () => {
    const first = await run(['sync', 'folder', '--db', a, '--dir', shared, '--once']);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/wrote [1-9]\d* changes, applied 0 new changes from other devices\./);
    const fromB = await run(['sync', 'folder', '--db', b, '--dir', shared, '--once']);
    expect(fromB.out).toMatch(/wrote [1-9]\d* changes, applied [1-9]\d* new changes/);
    expect((await run(['sync', 'folder', '--db', a, '--dir', shared, '--once'])).out).toMatch(
      /wrote 0 changes, applied [1-9]\d* new changes/,
    );
    expect(await titles(a)).toEqual(['Лицензии', 'Поддержка']);
    expect(await withBackend(a, businessSnapshot)).toEqual(await withBackend(b, businessSnapshot));
    expect(readdirSync(shared)).toHaveLength(2);
  });

  it('says what is wrong: no such folder, a file it refuses, bad options', async () => {
    expect((await run(['sync', 'folder', '--db', a, '--dir', join(dir, 'gone'), '--once'])).err).toMatch(/No folder/);
    expect((await run(['sync', 'folder', '--db', a])).code).toBe(2);
    expect((await run(['sync', 'folder', '--db', a, '--dir', shared, '--interval', 'soon'])).code).toBe(2);
    mkdirSync(join(shared, 'ffffffffffffffff'));
    writeFileSync(join(shared, 'ffffffffffffffff', '0000000001.vseg'), 'id;name\n1;Ромашка\n');
    const refused = await run(['sync', 'folder', '--db', a, '--dir', shared, '--once']);
    expect(refused.code).toBe(0);
    expect(refused.out).toContain(
      'Not applied: ffffffffffffffff/0000000001.vseg — not a segment of the device its folder names',
    );
  });
});
