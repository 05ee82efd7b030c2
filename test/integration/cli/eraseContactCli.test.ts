import type { ContactSaved } from '@shared/contract/schemas/contacts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src-main/cli/CliCommand';
import { runCli } from '../../../src-main/cli/runCli';
import { registerLogFunctions } from '../../../src-main/core/changes/registerLogFunctions';
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
  dir = mkdtempSync(join(tmpdir(), 'voronka-erase-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('voronka erase-contact', () => {
  it('erases the person and their history from the file, and says what backups still hold', async () => {
    const dbPath = join(dir, 'voronka.sqlite');
    const backend = createBackend({ dbPath, platform: 'test' });
    const created = await backend.dispatch('contacts.create', { name: 'Qwzv Ivanova', email: 'qwzv@example.com' });
    backend.close();
    if (!created.ok) throw new Error('contact not created');
    const id = (created.value as ContactSaved).contact.id;

    const result = await run(['erase-contact', '--db', dbPath, '--id', id]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/Backups made before still hold it/);

    const db = new Database(dbPath, { readonly: true });
    // The change_log view unpacks the log's cells with the app's SQL functions (m0072).
    registerLogFunctions(db);
    try {
      expect(db.prepare('SELECT name, email, erased_at IS NOT NULL AS erased FROM contacts').get()).toEqual({
        name: '—',
        email: null,
        erased: 1,
      });
      expect(db.prepare("SELECT count(*) FROM change_log WHERE value LIKE '%qwzv%'").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('fails with exit 1 for an unknown contact and 2 without --id', async () => {
    const dbPath = join(dir, 'voronka.sqlite');
    createBackend({ dbPath, platform: 'test' }).close();
    expect((await run(['erase-contact', '--db', dbPath, '--id', 'nope'])).code).toBe(1);
    expect((await run(['erase-contact', '--db', dbPath])).code).toBe(2);
  });
});
