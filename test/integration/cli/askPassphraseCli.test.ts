import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { describeWithCipher } from '../../helpers/describeWithCipher';
import type { CliIo } from '../../../src-main/cli/CliCommand';
import { runCli } from '../../../src-main/cli/runCli';
import { createBackend } from '../../../src-main/core/createBackend';
import { changeDatabaseEncryption } from '../../../src-main/core/db/encryption/changeDatabaseEncryption';
import { closeDatabase, openDatabase } from '../../../src-main/core/db/openDatabase';

const KEY = 'correct horse battery';

/** Runs the CLI with a terminal that answers each question in turn (none: not a terminal). */
const run = async (args: string[], answers: string[] | null) => {
  let out = '';
  let err = '';
  const askSecret = vi.fn(async () => answers?.shift() ?? null);
  const io: CliIo = {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    ...(answers === null ? {} : { askSecret }),
  };
  const saved = process.env.VORONKA_DB_KEY;
  delete process.env.VORONKA_DB_KEY;
  try {
    return { code: await runCli(args, io), out, err, askSecret };
  } finally {
    if (saved === undefined) delete process.env.VORONKA_DB_KEY;
    else process.env.VORONKA_DB_KEY = saved;
  }
};

let dir: string;
let dbPath: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'voronka-ask-cli-'));
  dbPath = join(dir, 'voronka.sqlite');
  const backend = createBackend({ dbPath, platform: 'test' });
  await backend.dispatch('companies.create', { name: 'Asked Company' });
  backend.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describeWithCipher('the CLI asks for the passphrase at a terminal', () => {
  it('asks without echo when VORONKA_DB_KEY is missing, and only for an encrypted file', async () => {
    const plain = await run(['info', '--db', dbPath], []);
    expect(plain.code).toBe(0);
    expect(plain.askSecret).not.toHaveBeenCalled();

    await changeDatabaseEncryption(dbPath, { from: null, to: KEY }, Date.now());
    const asked = await run(['info', '--db', dbPath], [KEY]);
    expect(asked.code).toBe(0);
    expect(asked.askSecret).toHaveBeenCalledWith(`Passphrase for ${dbPath}: `);
    expect(asked.out).toContain('Companies');

    const wrong = await run(['info', '--db', dbPath], ['not it']);
    expect(wrong.code).toBe(1);
    // A script (no terminal) is never asked: refused as before.
    const script = await run(['info', '--db', dbPath], null);
    expect(script.code).toBe(1);
  });

  it('encrypt asks for the new passphrase twice, and refuses two that differ', async () => {
    expect((await run(['encrypt', '--db', dbPath], [KEY, 'something else'])).code).toBe(2);
    const encrypted = await run(['encrypt', '--db', dbPath], [KEY, KEY]);
    expect(encrypted.code).toBe(0);
    closeDatabase(openDatabase(dbPath, { key: KEY, readonly: true }));
    // --off: the current passphrase is asked, since the file needs one.
    const decrypted = await run(['encrypt', '--db', dbPath, '--off'], [KEY]);
    expect(decrypted.code).toBe(0);
    closeDatabase(openDatabase(dbPath, { readonly: true }));
  });
});
