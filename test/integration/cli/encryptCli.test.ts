import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeWithCipher } from '../../helpers/describeWithCipher';
import type { CliIo } from '../../../src-main/cli/CliCommand';
import { runCli } from '../../../src-main/cli/runCli';
import { createBackend } from '../../../src-main/core/createBackend';

const run = async (args: string[], env: Record<string, string>) => {
  let out = '';
  let err = '';
  const io: CliIo = { out: (text) => void (out += text), err: (text) => void (err += text) };
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return { code: await runCli(args, io), out, err };
  } finally {
    for (const name of Object.keys(env)) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  }
};

let dir: string;
let dbPath: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'voronka-encrypt-cli-'));
  dbPath = join(dir, 'voronka.sqlite');
  const backend = createBackend({ dbPath, platform: 'test' });
  await backend.dispatch('companies.create', { name: 'Kliuchevaya Company' });
  backend.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describeWithCipher('voronka encrypt', () => {
  it('encrypts with the passphrase from the environment; every command then needs VORONKA_DB_KEY', async () => {
    expect((await run(['encrypt', '--db', dbPath], {})).code).toBe(2);
    const encrypted = await run(['encrypt', '--db', dbPath], { VORONKA_NEW_DB_KEY: 's3cret' });
    expect(encrypted.code).toBe(0);
    expect(encrypted.out).toContain('Encrypted');
    expect(readFileSync(dbPath).includes(Buffer.from('Kliuchevaya'))).toBe(false);

    const locked = await run(['info', '--db', dbPath], {});
    expect(locked.code).toBe(1);
    expect(locked.err).toMatch(/encrypted/i);
    const wrong = await run(['info', '--db', dbPath], { VORONKA_DB_KEY: 'guess' });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/key does not open/i);
    const open = await run(['info', '--db', dbPath, '--json'], { VORONKA_DB_KEY: 's3cret' });
    expect(open.code).toBe(0);
    expect(JSON.parse(open.out).counts.companies).toBe(1);

    const backup = await run(['backup', '--db', dbPath, '--out', join(dir, 'copy.sqlite')], {
      VORONKA_DB_KEY: 's3cret',
    });
    expect(backup.code).toBe(0);
    expect(readFileSync(join(dir, 'copy.sqlite')).includes(Buffer.from('Kliuchevaya'))).toBe(false);

    const decrypted = await run(['encrypt', '--db', dbPath, '--off'], { VORONKA_DB_KEY: 's3cret' });
    expect(decrypted.code).toBe(0);
    expect((await run(['info', '--db', dbPath], {})).code).toBe(0);
  });
});
