import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliCommand, CliIo } from '../../../src-main/cli/CliCommand';
import { commands } from '../../../src-main/cli/commands/commands';
import { runCli } from '../../../src-main/cli/runCli';
import { createBackend } from '../../../src-main/core/createBackend';

const ROOT = join(import.meta.dirname, '..', '..', '..');

const capture = () => {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  };
  return { io, out: () => out, err: () => err };
};

const run = async (args: string[], registry?: readonly CliCommand[]) => {
  const captured = capture();
  const code = await runCli(args, captured.io, registry);
  return { code, out: captured.out(), err: captured.err() };
};

describe('voronka CLI', () => {
  let dir: string;
  let dbPath: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'voronka-cli-'));
    dbPath = join(dir, 'voronka.sqlite');
    const backend = createBackend({ dbPath, platform: 'test' });
    for (const title of ['Alpha', 'Beta', 'Gamma', 'Delta']) {
      const created = await backend.dispatch('deals.create', { title, pipelineId: DEFAULT_PIPELINE.id });
      expect(created.ok).toBe(true);
    }
    // No win/lose procedure exists yet: close two deals in SQL to exercise the per-status counts.
    backend.db.sqlite.exec(
      "UPDATE deals SET status = 'won', won_at = 1 WHERE title = 'Beta'; UPDATE deals SET status = 'lost', lost_at = 1 WHERE title = 'Gamma'; UPDATE deals SET deleted_at = 1 WHERE title = 'Delta';",
    );
    backend.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists its commands with --help and exits 0', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const command of commands) expect(help.out).toContain(`  ${command.name}`);
    expect(help.out).toMatch(/info\s+Show the app and schema version/);
    const infoHelp = await run(['info', '--help']);
    expect([infoHelp.code, infoHelp.out]).toEqual([0, expect.stringMatching(/^Usage: voronka info --db PATH/)]);
    expect((await run(['help', 'info'])).out).toMatch(/^Usage: voronka info/);
  });

  it('prints versions and counts for a database', async () => {
    const result = await run(['info', '--db', dbPath]);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(result.out).toMatch(/^App version:\s+0\.\d+\.\d+$/m);
    expect(result.out).toMatch(/^Schema version:\s+\d+$/m);
    expect(result.out).toMatch(/^Device id:\s+[0-9a-f]{16}$/m);
    expect(result.out).toContain(`Database:       ${dbPath}`);
    expect(result.out).toMatch(/^File size:\s+\d+(\.\d)? kB$/m);
    expect(result.out).toMatch(/^Deals:\s+3 \(open 1, won 1, lost 1\)$/m);
    expect(result.out).toMatch(/^Companies:\s+0$/m);
    expect(result.out).toMatch(/^Change log:\s+\d+ messages$/m);
  });

  it('prints the same report as JSON, with exact counts', async () => {
    const result = await run(['info', '--db', dbPath, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    const sqlite = new Database(dbPath, { readonly: true });
    const changeLog = (sqlite.prepare('SELECT count(*) AS n FROM change_msgs').get() as { n: number }).n;
    const schemaVersion = sqlite.pragma('user_version', { simple: true });
    sqlite.close();
    expect(report).toMatchObject({
      dbPath,
      schemaVersion,
      counts: {
        deals: { total: 3, open: 1, won: 1, lost: 1 },
        companies: 0,
        contacts: 0,
        activities: 0,
        users: 0,
        changeLog,
      },
    });
    expect(changeLog).toBeGreaterThan(0);
    expect(report.fileSizeBytes).toBeGreaterThan(0);
  });

  it.each([
    [['nope'], /unknown command "nope"/],
    [['info'], /Missing --db PATH/],
    [['info', '--db'], /argument missing/],
    [['info', '--db', 'x.sqlite', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['info', 'stray'], /positional argument/],
  ])('exits 2 on the usage error %j', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.out).toBe('');
  });

  it('exits 2 with usage on stderr when no command is given', async () => {
    const result = await run([]);
    expect([result.code, result.out]).toEqual([2, '']);
    expect(result.err).toMatch(/Usage: voronka <command>/);
  });

  it('exits 2 and creates nothing when the database file does not exist', async () => {
    const missing = join(dir, 'missing.sqlite');
    const result = await run(['info', '--db', missing]);
    expect(result.code).toBe(2);
    expect(result.err).toBe(`voronka info: No database at ${missing}. Run \`voronka info --help\`.\n`);
    expect(existsSync(missing)).toBe(false);
    expect((await run(['info', '--db', dir])).code).toBe(2);
  });

  it('exits 1 with one line for files it cannot use, and leaves them unchanged', async () => {
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'not sqlite at all, just text that is long enough to have a header');
    expect(await run(['info', '--db', junk])).toMatchObject({ code: 1, err: 'voronka info: file is not a database\n' });

    const foreign = join(dir, 'foreign.sqlite');
    const sqlite = new Database(foreign);
    sqlite.exec('CREATE TABLE notes (body TEXT)');
    sqlite.close();
    const result = await run(['info', '--db', foreign]);
    expect(result).toMatchObject({ code: 1, err: `voronka info: ${foreign} is not a Voronka database\n` });
    const after = new Database(foreign, { readonly: true });
    expect(after.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all()).toEqual([{ name: 'notes' }]);
    after.close();

    const newer = join(dir, 'newer.sqlite');
    const ahead = new Database(newer);
    ahead.pragma('user_version = 999');
    ahead.close();
    const refused = await run(['info', '--db', newer]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^voronka info: The database schema v999 is newer than this app .*\n$/);
    expect(refused.err.split('\n')).toHaveLength(2);
  });

  it('turns a command that throws into exit 1, with the stack only under VORONKA_DEBUG=1', async () => {
    const broken: CliCommand = {
      name: 'broken',
      summary: 'fails',
      usage: 'Usage: voronka broken',
      run: () => Promise.reject(new Error('disk on fire\nsecond line')),
    };
    expect(await run(['broken'], [broken])).toMatchObject({ code: 1, err: 'voronka broken: disk on fire\n' });
    process.env.VORONKA_DEBUG = '1';
    try {
      expect((await run(['broken'], [broken])).err).toMatch(/disk on fire\nsecond line\n\s+at /);
    } finally {
      delete process.env.VORONKA_DEBUG;
    }
  });
});

describe('bin/voronka.js', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'voronka-bin-'));
    mkdirSync(join(dir, 'bin'));
    copyFileSync(join(ROOT, 'bin', 'voronka.js'), join(dir, 'bin', 'voronka.js'));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const launch = (args: string[]) =>
    spawnSync(process.execPath, [join(dir, 'bin', 'voronka.js'), ...args], { encoding: 'utf8' });

  it('says to run npm run build, in one line, when the CLI is not built', () => {
    rmSync(join(dir, 'out'), { recursive: true, force: true });
    const result = launch(['info']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^voronka: .*Run `npm run build`.*\n$/);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });

  it('runs out/main/cli.js with the arguments and keeps its exit code', () => {
    mkdirSync(join(dir, 'out', 'main'), { recursive: true });
    writeFileSync(
      join(dir, 'out', 'main', 'cli.js'),
      "process.stdout.write(`built cli: ${process.argv.slice(2).join(' ')}\\n`); process.exitCode = 3;\n",
    );
    const result = launch(['info', '--db', 'x']);
    expect([result.status, result.stdout]).toEqual([3, 'built cli: info --db x\n']);
  });

  it('is an executable Node script', () => {
    expect(spawnSync('head', ['-1', join(ROOT, 'bin', 'voronka.js')], { encoding: 'utf8' }).stdout).toBe(
      '#!/usr/bin/env node\n',
    );
  });
});
