import type { ContactSaved } from '@shared/contract/schemas/contacts';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'voronka-export-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('voronka export-contact', () => {
  it('writes the person as JSON to --out (owner-only) or to standard output', async () => {
    const dbPath = join(dir, 'voronka.sqlite');
    const backend = createBackend({ dbPath, platform: 'test' });
    const created = await backend.dispatch('contacts.create', { name: 'Анна Выгрузкина', email: 'anna@example.com' });
    backend.close();
    if (!created.ok) throw new Error('contact not created');
    const id = (created.value as ContactSaved).contact.id;

    const out = join(dir, 'anna.json');
    const result = await run(['export-contact', '--db', dbPath, '--id', id, '--out', out]);
    expect(result).toMatchObject({ code: 0, err: '' });
    const data = JSON.parse(readFileSync(out, 'utf8')) as { format: string; contact: Record<string, unknown> };
    expect(data.format).toBe('voronka.personal-data');
    expect(data.contact).toMatchObject({ id, name: 'Анна Выгрузкина', email: 'anna@example.com' });
    if (process.platform !== 'win32') expect(statSync(out).mode & 0o077).toBe(0);

    const stdout = await run(['export-contact', '--db', dbPath, '--id', id]);
    expect((JSON.parse(stdout.out) as { contact: { id: string } }).contact.id).toBe(id);
  });

  it('fails with exit 1 for an unknown contact and 2 without --id', async () => {
    const dbPath = join(dir, 'voronka.sqlite');
    createBackend({ dbPath, platform: 'test' }).close();
    expect((await run(['export-contact', '--db', dbPath, '--id', 'nope'])).code).toBe(1);
    expect((await run(['export-contact', '--db', dbPath])).code).toBe(2);
  });
});
