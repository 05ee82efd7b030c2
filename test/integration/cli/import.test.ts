import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src-main/cli/CliCommand';
import { runCli } from '../../../src-main/cli/runCli';
import { createBackend } from '../../../src-main/core/createBackend';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'import');

const run = async (args: string[]) => {
  let out = '';
  let err = '';
  const io: CliIo = { out: (text) => void (out += text), err: (text) => void (err += text) };
  const code = await runCli(args, io);
  return { code, out, err };
};

describe('voronka import', () => {
  let dir: string;
  let dbPath: string;
  let mappingPath: string;
  const contacts = () => {
    const backend = createBackend({ dbPath, platform: 'test' });
    try {
      return backend.db.sqlite
        .prepare('SELECT name FROM contacts WHERE deleted_at IS NULL ORDER BY name')
        .pluck()
        .all();
    } finally {
      backend.close();
    }
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'voronka-cli-import-'));
    dbPath = join(dir, 'voronka.sqlite');
    createBackend({ dbPath, platform: 'test' }).close();
    mappingPath = join(dir, 'contacts.json');
    writeFileSync(
      mappingPath,
      JSON.stringify({
        entity: 'contacts',
        columns: { name: 'ФИО', email: 'E-mail', phone: 'Телефон' },
        dedupe: { keys: ['email', 'phone'], action: 'skip' },
      }),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const file = join(FIXTURES, 'contacts-cp1251.csv');

  it('--dry-run prints what would happen and writes nothing', async () => {
    const result = await run([
      'import',
      '--db',
      dbPath,
      '--file',
      file,
      '--mapping',
      mappingPath,
      '--dry-run',
      '--lang',
      'en',
    ]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^Dry run \(nothing written\): rows 5, created 3, updated 0, skipped 2, warnings 2$/m);
    expect(result.out).toContain('line 4: Duplicate: row skipped');
    expect(contacts()).toEqual([]);
  });

  it('imports, and writes the warnings as CSV when asked', async () => {
    const warnings = join(dir, 'warnings.csv');
    const result = await run([
      'import',
      '--db',
      dbPath,
      '--file',
      file,
      '--mapping',
      mappingPath,
      '--warnings',
      warnings,
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Imported [0-9a-f-]{36}: rows 5, created 3/m);
    expect(result.out).toContain('Дубликат: строка пропущена');
    expect(contacts()).toEqual(['Иван Петров', 'Мария Сидорова', 'Ольга Кузнецова']);
    expect(readFileSync(warnings, 'utf8')).toBe(
      '\uFEFFline;field;reason;value\n4;;duplicate_skipped;email:ivan.petrov@romashka.ru\n5;;duplicate_skipped;phone:+79121112233\n',
    );
  });

  it('says why a file is refused, in the asked language, with exit code 1', async () => {
    const names = join(dir, 'names.json');
    writeFileSync(names, JSON.stringify({ entity: 'companies', columns: { name: 'name' } }));
    const result = await run([
      'import',
      '--db',
      dbPath,
      '--file',
      join(FIXTURES, 'unterminated-quote.csv'),
      '--mapping',
      names,
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('A quote opened on line 2 is never closed.');
    const binary = await run(['import', '--db', dbPath, '--file', join(FIXTURES, 'binary.csv'), '--mapping', names]);
    expect([binary.code, binary.err]).toEqual([1, expect.stringContaining('Файл не текстовый')]);
  });

  it('exits 2 on a bad mapping or missing options', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ entity: 'contacts', columns: { title: 'ФИО' } }));
    const result = await run(['import', '--db', dbPath, '--file', file, '--mapping', bad]);
    expect([result.code, result.err]).toEqual([2, expect.stringContaining('--mapping: columns.title No field title')]);
    expect((await run(['import', '--db', dbPath, '--file', file])).code).toBe(2);
  });
});
