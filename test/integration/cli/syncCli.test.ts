import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src-main/cli/CliCommand';
import { runCli } from '../../../src-main/cli/runCli';
import { createBackend } from '../../../src-main/core/createBackend';
import { importSyncBundle } from '../../../src-main/core/sync/bundle/importSyncBundle';
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

const addDeals = (dbPath: string, titles: string[]) =>
  withBackend(dbPath, async (backend) => {
    for (const title of titles) {
      expect((await backend.dispatch('deals.create', { title, pipelineId: DEFAULT_PIPELINE.id })).ok).toBe(true);
    }
  });

const snapshot = (dbPath: string) => withBackend(dbPath, (backend) => businessSnapshot(backend));
const deviceOf = (dbPath: string) =>
  withBackend(
    dbPath,
    (backend) => backend.db.sqlite.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as string,
  );

let dir: string;
let a: string;
let b: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'voronka-sync-cli-'));
  a = join(dir, 'a.sqlite');
  b = join(dir, 'b.sqlite');
  await addDeals(a, ['Лицензии', 'Внедрение']);
  await addDeals(b, ['Поддержка']);
  delete process.env.VORONKA_SYNC_PASSPHRASE;
});
afterEach(() => {
  delete process.env.VORONKA_SYNC_PASSPHRASE;
  rmSync(dir, { recursive: true, force: true });
});

describe('voronka sync export|import', () => {
  it("ends with the search caught up with a large import's records", async () => {
    const bundle = join(dir, 'a-all.vsync');
    expect((await run(['sync', 'export', '--db', a, '--out', bundle, '--all'])).code).toBe(0);
    // An import whose search entries were left for later (the app closed before they were written).
    await withBackend(b, (backend) =>
      backend.runLocal((ctx) => importSyncBundle(ctx, readFileSync(bundle), { deferSearchFrom: 0 })),
    );
    const waiting = () => {
      const file = new Database(b, { readonly: true });
      try {
        return file.prepare("SELECT count(*) FROM meta WHERE key = 'search.backlog'").pluck().get();
      } finally {
        file.close();
      }
    };
    expect(waiting()).toBe(1);
    const imported = await run(['sync', 'import', '--db', b, '--in', bundle]);
    expect(imported.code, imported.err).toBe(0);
    expect(waiting()).toBe(0);
  });

  it('moves everything both ways; a bundle imported twice changes nothing; --for sends only what the peer lacks', async () => {
    const toB = join(dir, 'a-to-b.vsync');
    const exported = await run(['sync', 'export', '--db', a, '--out', toB, '--all']);
    expect(exported.code, exported.err).toBe(0);
    expect(exported.out).toMatch(/^Wrote \d+ changes from device [0-9a-f]{16} to /);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const imported = await run(['sync', 'import', '--db', b, '--in', toB]);
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toContain(`device ${await deviceOf(a)}`);
    expect(imported.out).toMatch(/signature valid/);
    expect(imported.out).toMatch(/[1-9]\d* new changes applied, 0 already here/);
    const again = await run(['sync', 'import', '--db', b, '--in', toB]);
    expect(again.out).toMatch(/ 0 new changes applied, [1-9]\d* already here/);

    // B answers with what A lacks, known from the vector A's bundle showed: B's own deal only.
    const toA = join(dir, 'b-to-a.vsync');
    const answer = await run(['sync', 'export', '--db', b, '--out', toA, '--for', await deviceOf(a)]);
    expect(answer.code, answer.err).toBe(0);
    const full = await run(['sync', 'export', '--db', b, '--out', join(dir, 'b-all.vsync'), '--all']);
    const count = (text: string) => Number(/Wrote (\d+)/.exec(text)?.[1]);
    expect(count(answer.out)).toBeGreaterThan(0);
    expect(count(answer.out)).toBeLessThan(count(full.out));
    expect((await run(['sync', 'import', '--db', a, '--in', toA])).code).toBe(0);
    expect(await snapshot(a)).toEqual(await snapshot(b));
  });

  it('refuses a tampered, truncated or foreign file with a clear message and changes nothing', async () => {
    const file = join(dir, 'a.vsync');
    await run(['sync', 'export', '--db', a, '--out', file, '--all']);
    const bytes = readFileSync(file);
    const before = await snapshot(b);
    const cases: [string, Buffer, RegExp][] = [
      [
        'tampered',
        Buffer.from(bytes.map((byte, index) => (index === bytes.length - 100 ? byte ^ 1 : byte))),
        /signature does not match/,
      ],
      ['truncated', bytes.subarray(0, bytes.length - 10), /truncated/],
      ['foreign', Buffer.from('id;name\n1;Ромашка\n'), /not a Voronka sync bundle/],
    ];
    for (const [name, content, message] of cases) {
      const path = join(dir, `${name}.vsync`);
      writeFileSync(path, content);
      const result = await run(['sync', 'import', '--db', b, '--in', path]);
      expect(result.code, name).toBe(1);
      expect(result.err, name).toMatch(message);
    }
    expect(await snapshot(b)).toEqual(before);
  });

  it('encrypts with a passphrase: without it or with a wrong one the bundle is refused', async () => {
    const file = join(dir, 'secret.vsync');
    expect((await run(['sync', 'export', '--db', a, '--out', file, '--all', '--encrypt'])).code).toBe(2);
    process.env.VORONKA_SYNC_PASSPHRASE = 'correct horse';
    const exported = await run(['sync', 'export', '--db', a, '--out', file, '--all', '--encrypt']);
    expect(exported.out).toContain('encrypted');
    expect(readFileSync(file).includes(Buffer.from('Лицензии'))).toBe(false);
    delete process.env.VORONKA_SYNC_PASSPHRASE;
    expect((await run(['sync', 'import', '--db', b, '--in', file])).err).toMatch(/passphrase is needed/);
    process.env.VORONKA_SYNC_PASSPHRASE = 'wrong';
    expect((await run(['sync', 'import', '--db', b, '--in', file])).err).toMatch(/Wrong passphrase/);
    process.env.VORONKA_SYNC_PASSPHRASE = 'correct horse';
    expect((await run(['sync', 'import', '--db', b, '--in', file])).code).toBe(0);
    const titles = await withBackend(b, (backend) =>
      backend.db.sqlite.prepare('SELECT title FROM deals ORDER BY title').pluck().all(),
    );
    expect(titles).toEqual(['Внедрение', 'Лицензии', 'Поддержка']);
  });

  it('refuses a bundle that names a known device but is signed by another key', async () => {
    const file = join(dir, 'a.vsync');
    await run(['sync', 'export', '--db', a, '--out', file, '--all']);
    expect((await run(['sync', 'import', '--db', b, '--in', file])).code).toBe(0);
    await withBackend(b, (backend) => backend.db.sqlite.prepare("UPDATE sync_peers SET public_key = 'other'").run());
    const result = await run(['sync', 'import', '--db', b, '--in', file]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/signed by another key/);
  });

  it('explains bad options', async () => {
    expect(
      (await run(['sync', 'export', '--db', a, '--out', join(dir, 'x'), '--all', '--since', '2026-01-01'])).err,
    ).toMatch(/exactly one/);
    expect((await run(['sync', 'export', '--db', a, '--out', join(dir, 'x'), '--since', '1.1.2026'])).err).toMatch(
      /YYYY-MM-DD/,
    );
    expect((await run(['sync', 'export', '--db', a, '--out', join(dir, 'x'), '--for', 'ffff'])).err).toMatch(
      /No bundle from device ffff/,
    );
    expect((await run(['sync', 'merge'])).err).toMatch(/Unknown sync action/);
  });
});
