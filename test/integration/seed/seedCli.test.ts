import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src-main/cli/CliCommand';
import { runCli } from '../../../src-main/cli/runCli';
import { hashBusinessData } from '../../fixtures/hashBusinessData';

const run = async (args: string[]) => {
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
  const code = await runCli(args, io);
  return { code, out, err };
};

describe('voronka seed', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'voronka-seed-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('seeds a new file, reports progress on stderr and one summary line on stdout, exit 0', async () => {
    const path = join(dir, 'new.sqlite');
    const result = await run([
      'seed',
      '--db',
      path,
      '--deals',
      '250',
      '--seed',
      '3',
      '--start',
      '2026-01-05',
      '--weeks',
      '20',
    ]);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/^seed: 250\/250 deals \(\d+\.\d s\)$/m);
    expect(result.out).toMatch(
      /^Seeded .*new\.sqlite: 250 deals, [\d,]+ activities, \d+ companies, [\d,]+ contacts, 7 users, [\d,]+ change-log messages in \d+\.\d s \(.+\)\n$/,
    );
    const db = new Database(path, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM deals').pluck().get()).toBe(250);
      const first = db.prepare('SELECT min(created_at) FROM deals').pluck().get() as number;
      expect(first).toBeGreaterThanOrEqual(Date.UTC(2026, 0, 5));
      expect(db.prepare('SELECT max(created_at) FROM deals').pluck().get()).toBeLessThan(
        Date.UTC(2026, 0, 5) + 20 * 7 * 86_400_000,
      );
    } finally {
      db.close();
    }
  });

  it('gives the same business rows for the same options', async () => {
    const args = (path: string) => [
      'seed',
      '--db',
      path,
      '--deals',
      '120',
      '--seed',
      '9',
      '--lang',
      'en',
      '--start',
      '2026-03-02',
      '--weeks',
      '8',
    ];
    const paths = [join(dir, 'a.sqlite'), join(dir, 'b.sqlite')];
    for (const path of paths) expect((await run(args(path))).code).toBe(0);
    const [a, b] = paths.map((path) => new Database(path, { readonly: true }));
    try {
      expect(hashBusinessData(a as Database.Database)).toBe(hashBusinessData(b as Database.Database));
    } finally {
      a?.close();
      b?.close();
    }
  });

  it('refuses a database that already has deals with exit 2 and leaves it alone', async () => {
    const path = join(dir, 'twice.sqlite');
    expect((await run(['seed', '--db', path, '--deals', '50', '--start', '2026-01-05', '--weeks', '4'])).code).toBe(0);
    const again = await run(['seed', '--db', path, '--deals', '50']);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already has 50 deals.*choose another --db path/);
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM deals').pluck().get()).toBe(50);
    db.close();
  });

  it('exits 2 on bad options, a window ending in the future, or a file that is not a Voronka database', async () => {
    const path = join(dir, 'bad.sqlite');
    const cases: [string[], RegExp][] = [
      [['seed', '--deals', '10'], /Missing --db/],
      [['seed', '--db', path], /Missing --deals/],
      [['seed', '--db', path, '--deals', '0'], /--deals must be a whole number from 1/],
      [['seed', '--db', path, '--deals', '1e3'], /--deals must be a whole number/],
      [['seed', '--db', path, '--deals', '10', '--lang', 'de'], /--lang must be ru or en/],
      [['seed', '--db', path, '--deals', '10', '--start', '05.01.2026'], /--start must be a date/],
      [['seed', '--db', path, '--deals', '10', '--start', '2099-01-01'], /must end in the past/],
      [['seed', '--db', path, '--deals', '10', '--weeks', '0'], /--weeks must be a whole number from 1/],
      [['seed', '--db', path, '--deals', '10', '--colour', 'red'], /Unknown option/],
    ];
    for (const [args, message] of cases) {
      const result = await run(args);
      expect([result.code, result.err], args.join(' ')).toEqual([2, expect.stringMatching(message)]);
    }
    const foreign = join(dir, 'foreign.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (body TEXT)');
    other.close();
    const refused = await run(['seed', '--db', foreign, '--deals', '10']);
    expect([refused.code, refused.err]).toEqual([2, expect.stringMatching(/is not a Voronka database/)]);
    writeFileSync(join(dir, 'empty.sqlite'), '');
    expect((await run(['seed', '--db', join(dir, 'empty.sqlite'), '--deals', '5', '--weeks', '2'])).code).toBe(0);
  });

  it('is listed in voronka --help and explains itself with --help', async () => {
    expect((await run(['--help'])).out).toMatch(/seed\s+Fill a new database/);
    const help = await run(['seed', '--help']);
    expect([help.code, help.out]).toEqual([0, expect.stringMatching(/^Usage: voronka seed --db PATH --deals N/)]);
  });
});
