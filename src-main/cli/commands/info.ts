import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppInfo } from '@shared/contract/schemas/app';
import { createBackend } from '../../core/createBackend';
import { type CliCommand, type CliIo, processIo } from '../CliCommand';
import { formatBytes } from '../formatBytes';
import { parseCommandArgs } from '../parseCommandArgs';
import { type DbCounts, readDbCounts } from '../readDbCounts';
import { requireVoronkaFile } from '../requireVoronkaFile';
import { UsageError } from '../UsageError';

const USAGE = `Usage: voronka info --db PATH [--json]

Prints the app version, the database's schema version and device id, its size, and how many
deals (by status), companies, contacts, activities, users and change-log messages it holds.

  --db PATH   the database file (it must exist; info never creates one)
  --json      print one JSON object instead of text`;

type InfoReport = Pick<AppInfo, 'appVersion' | 'schemaVersion' | 'deviceId' | 'dbPath'> & {
  fileSizeBytes: number;
  counts: DbCounts;
};

const readReport = async (dbPath: string): Promise<InfoReport> => {
  const backend = createBackend({ dbPath, platform: 'cli' });
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
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}\n`).join('');
};

export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'Show the app and schema version, device id and record counts of a database',
  usage: USAGE,
  async run(args: string[], io: CliIo = processIo): Promise<number> {
    const { values } = parseCommandArgs(args, { db: { type: 'string' }, json: { type: 'boolean' } });
    if (values.db === undefined) throw new UsageError('Missing --db PATH');
    const dbPath = resolve(values.db);
    requireVoronkaFile(dbPath);
    const report = await readReport(dbPath);
    io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    return 0;
  },
};
