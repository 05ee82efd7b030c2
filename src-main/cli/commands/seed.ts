import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createBackend } from '../../core/createBackend';
import { DomainError } from '../../core/DomainError';
import { readSchemaVersion } from '../../core/db/migrateDatabase';
import { openDatabase } from '../../core/db/openDatabase';
import type { SeedSummary } from '../../core/seed/generate/seedDatabase';
import { resolveSeedWindow } from '../../core/seed/generate/seedWindow';
import { type CliCommand, type CliIo, processIo } from '../CliCommand';
import { databaseKeyFromEnv } from '../../core/db/encryption/databaseKeyFromEnv';
import { formatBytes } from '../formatBytes';
import { parseCommandArgs } from '../parseCommandArgs';
import { UsageError } from '../UsageError';

const USAGE = `Usage: voronka seed --db PATH --deals N [--seed S] [--lang ru|en] [--start YYYY-MM-DD] [--weeks W]

Fills a new database with a realistic sales history for demos, tests and benchmarks: managers
and reps, companies and contacts, campaigns with weekly costs, deals moving through the default
funnel (transitions, checklist ticks, about ten activities each), customers with NPS answers,
upsell and renewal deals. The same seed and window always give the same data. Every row is
written with its change-log messages, as the app writes them.

  --db PATH        the database file; created when missing. A file with deals is refused.
  --deals N        how many deals, 1 to 1,000,000
  --seed S         random seed, a whole number (default 1)
  --lang ru|en     Russian companies (INN/KPP/OGRN, RUB) or American ones (USD) (default ru)
  --start DATE     first day of the history, YYYY-MM-DD (UTC); default: --weeks before now
  --weeks W        length of the history in weeks, 1 to 520 (default 26)

Progress goes to stderr, a summary line to stdout. Exit codes: 0 done, 1 failed, 2 bad
options or a database that already has deals.`;

const MAX_DEALS = 1_000_000;

const wholeNumber = (text: string | undefined, name: string, fallback: number, min: number, max: number): number => {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  }
  return value;
};

const parseStart = (text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const at = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(at)) throw new UsageError('--start must be a date as YYYY-MM-DD');
  return at;
};

/** An existing file must be a Voronka database; seed never turns some other SQLite file into one. */
const requireVoronkaOrNew = (path: string): void => {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info || info.size === 0) return;
  if (!info.isFile()) throw new UsageError(`Not a file: ${path}`);
  const db = openDatabase(path, { readonly: true, key: databaseKeyFromEnv() });
  try {
    if (readSchemaVersion(db) === 0) throw new UsageError(`${path} is not a Voronka database`);
  } finally {
    db.sqlite.close();
  }
};

const summaryLine = (path: string, summary: SeedSummary): string => {
  const count = (table: string) => (summary.rows[table] ?? 0).toLocaleString('en');
  const size = formatBytes(statSync(path).size);
  return (
    `Seeded ${path}: ${count('deals')} deals, ${count('activities')} activities, ${count('companies')} companies, ` +
    `${count('contacts')} contacts, ${count('users')} users, ${summary.messages.toLocaleString('en')} change-log messages ` +
    `in ${(summary.totalMs / 1000).toFixed(1)} s (${size})\n`
  );
};

export const seedCommand: CliCommand = {
  name: 'seed',
  summary: 'Fill a new database with a realistic, reproducible sales history',
  usage: USAGE,
  async run(args: string[], io: CliIo = processIo): Promise<number> {
    const { values } = parseCommandArgs(args, {
      db: { type: 'string' },
      deals: { type: 'string' },
      seed: { type: 'string' },
      lang: { type: 'string' },
      start: { type: 'string' },
      weeks: { type: 'string' },
    });
    if (values.db === undefined) throw new UsageError('Missing --db PATH');
    if (values.deals === undefined) throw new UsageError('Missing --deals N');
    const deals = wholeNumber(values.deals, 'deals', 0, 1, MAX_DEALS);
    const seed = wholeNumber(values.seed, 'seed', 1, -(2 ** 31), 2 ** 31 - 1);
    const weeks = wholeNumber(values.weeks, 'weeks', 26, 1, 520);
    const lang = values.lang ?? 'ru';
    if (lang !== 'ru' && lang !== 'en') throw new UsageError('--lang must be ru or en');
    let window: { start: number; end: number };
    try {
      window = resolveSeedWindow({ start: parseStart(values.start), weeks, now: Date.now() });
    } catch (error) {
      if (error instanceof DomainError) throw new UsageError(error.message);
      throw error;
    }
    const dbPath = resolve(values.db);
    requireVoronkaOrNew(dbPath);

    const backend = createBackend({ dbPath, platform: 'cli', key: databaseKeyFromEnv() });
    let summary: SeedSummary;
    try {
      // The generator and faker's catalogues load for this command only, not for every other one.
      const { seedDatabase } = await import('../../core/seed/generate/seedDatabase');
      summary = seedDatabase(backend.db, {
        deals,
        seed,
        lang,
        ...window,
        onProgress: (progress) =>
          io.err(
            `seed: ${progress.dealsWritten.toLocaleString('en')}/${progress.dealsTotal.toLocaleString('en')} deals ` +
              `(${(progress.elapsedMs / 1000).toFixed(1)} s)\n`,
          ),
      });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'CONFLICT') {
        io.err(`voronka seed: ${error.message} (${dbPath}); choose another --db path.\n`);
        return 2;
      }
      throw error;
    } finally {
      backend.close();
    }
    io.out(summaryLine(dbPath, summary));
    return 0;
  },
};
