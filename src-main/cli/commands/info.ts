import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { resolve } from 'node:path';
import type { AppInfo } from '@shared/contract/schemas/app';
import { checkDatabaseFile, type DatabaseCheck } from '../../core/backup/checkDatabaseFile';
import { createBackend } from '../../core/createBackend';
import { type CliCommand, type CliIo, processIo } from '../CliCommand';
import { databaseKeyFromEnv } from '../../core/db/encryption/databaseKeyFromEnv';
import { formatBytes } from '../formatBytes';
import { parseCommandArgs } from '../parseCommandArgs';
import { type DbCounts, readDbCounts } from '../readDbCounts';
import { requireVoronkaFile } from '../requireVoronkaFile';
import { UsageError } from '../UsageError';

const USAGE = `Usage: voronka info --db PATH [--check] [--json]

Prints the app version, the database's schema version and device id, its size, and how many
deals (by status), companies, contacts, activities, users and change-log messages it holds.

  --db PATH   the database file (it must exist; info never creates one)
  --check     first run SQLite's integrity check and the foreign-key check; exit 1 when either fails
  --json      print one JSON object instead of text`;

type InfoReport = Pick<AppInfo, 'appVersion' | 'schemaVersion' | 'deviceId' | 'dbPath'> & {
  fileSizeBytes: number;
  counts: DbCounts;
  check?: DatabaseCheck;
};

/** The check on a connection of its own (an in-memory one the file is attached to): nothing is written. */
const checkFile = async (dbPath: string): Promise<DatabaseCheck> => {
  const sqlite = new Database(':memory:');
  try {
    return await checkDatabaseFile(sqlite, dbPath);
  } finally {
    sqlite.close();
  }
};

const checkLines = (check: DatabaseCheck): [string, string][] => [
  [
    'Integrity',
    check.problem === 'damaged' || check.problem === 'not_a_database' ? `FAILED: ${check.integrity.join('; ')}` : 'ok',
  ],
  ['Foreign keys', check.foreignKeyViolations > 0 ? `FAILED: ${check.foreignKeyViolations} broken references` : 'ok'],
];

const readReport = async (dbPath: string): Promise<InfoReport> => {
  const backend = createBackend({ dbPath, platform: 'cli', key: databaseKeyFromEnv() });
  let app: AppInfo;
  let counts: DbCounts;
  try {
    const envelope = await backend.dispatch('app.info', {});
    if (!envelope.ok) throw new Error(envelope.error.message);
    app = envelope.value as AppInfo;
    counts = readDbCounts(backend.db);
  } finally {
    backend.close();
  }
  // Measured after close: closing checkpoints the WAL into the main file.
  return {
    appVersion: app.appVersion,
    schemaVersion: app.schemaVersion,
    deviceId: app.deviceId,
    dbPath: app.dbPath,
    fileSizeBytes: statSync(dbPath).size,
    counts,
  };
};

const formatReport = (report: InfoReport): string => {
  const { deals } = report.counts;
  const rows: [string, string][] = [
    ['App version', report.appVersion],
    ['Schema version', String(report.schemaVersion)],
    ['Device id', report.deviceId],
    ['Database', report.dbPath],
    ['File size', formatBytes(report.fileSizeBytes)],
    ['Deals', `${deals.total} (open ${deals.open}, won ${deals.won}, lost ${deals.lost})`],
    ['Companies', String(report.counts.companies)],
    ['Contacts', String(report.counts.contacts)],
    ['Activities', String(report.counts.activities)],
    ['Users', String(report.counts.users)],
    ['Change log', `${report.counts.changeLog} messages`],
    ...(report.check ? checkLines(report.check) : []),
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}\n`).join('');
};

export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'Show the app and schema version, device id and record counts of a database',
  usage: USAGE,
  async run(args: string[], io: CliIo = processIo): Promise<number> {
    const { values } = parseCommandArgs(args, {
      db: { type: 'string' },
      json: { type: 'boolean' },
      check: { type: 'boolean' },
    });
    if (values.db === undefined) throw new UsageError('Missing --db PATH');
    const dbPath = resolve(values.db);
    if (!existsSync(dbPath)) throw new UsageError(`No database at ${dbPath}`);
    // Checked before anything opens the file for writing: a damaged file is reported, not migrated.
    const check = values.check ? await checkFile(dbPath) : undefined;
    if (check && !check.ok) {
      const lines = checkLines(check)
        .map(([label, value]) => `${label}: ${value}\n`)
        .join('');
      io.out(values.json ? `${JSON.stringify({ dbPath, check }, null, 2)}\n` : lines);
      io.err(`The check failed: ${check.problem}\n`);
      return 1;
    }
    requireVoronkaFile(dbPath);
    const report = { ...(await readReport(dbPath)), ...(check ? { check } : {}) };
    io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    return 0;
  },
};
