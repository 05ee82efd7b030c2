import { existsSync, readFileSync, statSync, watch } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createBackend } from '../../core/createBackend';
import { writeFileAtomic } from '../../core/reports/writeFileAtomic';
import { type BundleScope, exportSyncBundle } from '../../core/sync/bundle/exportSyncBundle';
import { importSyncBundle } from '../../core/sync/bundle/importSyncBundle';
import { type CliCommand, type CliIo, processIo } from '../CliCommand';
import { databaseKeyFromEnv } from '../../core/db/encryption/databaseKeyFromEnv';
import { formatBytes } from '../formatBytes';
import { parseCommandArgs } from '../parseCommandArgs';
import { requireVoronkaFile } from '../requireVoronkaFile';
import { UsageError } from '../UsageError';
import { exchangeWithFolder, getSyncFolder } from '../../core/modules/syncFolder/syncFolder.service';
import type { SyncFolderRun, SyncFolderStatus } from '@shared/contract/schemas/syncFolder';

const PASSPHRASE_VARIABLE = 'VORONKA_SYNC_PASSPHRASE';

const USAGE = `Usage: voronka sync export --db PATH --out FILE (--all | --for DEVICE | --since DATE) [--encrypt]
       voronka sync import --db PATH --in FILE
       voronka sync folder --db PATH --dir DIR [--once] [--interval SECONDS]

Moves changes between devices without a server, as one bundle file (a USB stick, e-mail, a
messenger). A bundle is compressed and signed with this device's key: the receiver sees which
device and person made it and refuses a file that was altered, truncated or is not a bundle.
Importing a bundle twice changes nothing; edits of the same field on two devices keep the later.

export
  --db PATH       the database file (it must exist)
  --out FILE      where to write the bundle (written under a temporary name, then renamed)
  --all           everything this device holds
  --for DEVICE    what that device lacks, by what its last bundle imported here showed
  --since DATE    everything written on or after DATE (YYYY-MM-DD, UTC)
  --encrypt       encrypt with the passphrase in the ${PASSPHRASE_VARIABLE} environment variable
import
  --db PATH       the database file (it must exist)
  --in FILE       the bundle; an encrypted one reads its passphrase from ${PASSPHRASE_VARIABLE}

folder
  --db PATH       the database file (it must exist)
  --dir DIR       the shared folder (Syncthing, a network share, a cloud drive): this device writes
                  its changes as signed segment files into DIR/<its device id>/ and applies the
                  other devices' files; files still being copied are left for the next run
  --once          one exchange, then exit (default: keep exchanging on changes and every interval)
  --interval S    seconds between exchanges when watching (default 60)
  Segments are encrypted with the passphrase set in the app or in ${PASSPHRASE_VARIABLE}.

Exit codes: 0 done, 1 the bundle could not be written or was refused, 2 bad options.`;

const scopeOf = (values: { all?: boolean; for?: string; since?: string }): BundleScope => {
  const chosen = [values.all === true, values.for !== undefined, values.since !== undefined].filter(Boolean).length;
  if (chosen !== 1) throw new UsageError('Choose exactly one of --all, --for DEVICE, --since DATE');
  if (values.for !== undefined) return { kind: 'peer', deviceId: values.for };
  if (values.since !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.since) || Number.isNaN(Date.parse(`${values.since}T00:00:00Z`))) {
      throw new UsageError('--since must be a date YYYY-MM-DD');
    }
    return { kind: 'since', at: Date.parse(`${values.since}T00:00:00Z`) };
  }
  return { kind: 'all' };
};

const passphrase = (required: boolean): string | undefined => {
  const value = process.env[PASSPHRASE_VARIABLE];
  if (required && (value === undefined || value === '')) {
    throw new UsageError(`--encrypt needs the passphrase in the ${PASSPHRASE_VARIABLE} environment variable`);
  }
  return value === '' ? undefined : value;
};

const runExport = async (args: string[], io: CliIo): Promise<number> => {
  const { values } = parseCommandArgs(args, {
    db: { type: 'string' },
    out: { type: 'string' },
    all: { type: 'boolean' },
    for: { type: 'string' },
    since: { type: 'string' },
    encrypt: { type: 'boolean' },
  });
  if (values.db === undefined) throw new UsageError('Missing --db PATH');
  if (values.out === undefined) throw new UsageError('Missing --out FILE');
  const scope = scopeOf(values);
  const secret = values.encrypt === true ? passphrase(true) : undefined;
  const dbPath = resolve(values.db);
  const out = resolve(values.out);
  requireVoronkaFile(dbPath);
  if (!existsSync(dirname(out))) throw new UsageError(`No folder ${dirname(out)}`);
  const backend = createBackend({ dbPath, platform: 'cli', key: databaseKeyFromEnv() });
  try {
    const started = performance.now();
    const { bytes, messageCount } = exportSyncBundle(backend.db, scope, Date.now(), secret);
    writeFileAtomic(out, bytes);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const deviceId = backend.db.sqlite
      .prepare("SELECT value FROM meta WHERE key = 'device_id'")
      .pluck()
      .get() as string;
    io.out(
      `Wrote ${messageCount} changes from device ${deviceId} to ${out} (${formatBytes(statSync(out).size)}${secret ? ', encrypted' : ''}) in ${seconds} s.\n`,
    );
  } finally {
    backend.close();
  }
  return 0;
};

const runImport = async (args: string[], io: CliIo): Promise<number> => {
  const { values } = parseCommandArgs(args, { db: { type: 'string' }, in: { type: 'string' } });
  if (values.db === undefined) throw new UsageError('Missing --db PATH');
  if (values.in === undefined) throw new UsageError('Missing --in FILE');
  const dbPath = resolve(values.db);
  const file = resolve(values.in);
  requireVoronkaFile(dbPath);
  if (!existsSync(file)) throw new UsageError(`No file ${file}`);
  const bytes = readFileSync(file);
  const backend = createBackend({ dbPath, platform: 'cli', key: databaseKeyFromEnv() });
  try {
    const secret = passphrase(false);
    const { header, report } = await backend.runLocal((ctx) =>
      importSyncBundle(ctx, bytes, secret === undefined ? {} : { passphrase: secret }),
    );
    const who = header.actorName ? `${header.actorName}, device ${header.device}` : `device ${header.device}`;
    const lines = [
      `Bundle from ${who}, made ${new Date(header.createdAt).toISOString()}, signature valid.`,
      `  ${report.applied} new changes applied, ${report.duplicates} already here` +
        (report.parked > 0 ? `, ${report.parked} kept for a newer version of Voronka` : '') +
        (report.pending > 0 ? `, ${report.pending} records waiting for records not received yet` : '') +
        (report.conflicts > 0 ? `, ${report.conflicts} conflicting edits recorded (see Settings → Sync)` : ''),
    ];
    if (report.flagged > 0) lines.push(`  ${report.flagged} deals flagged for review (a checklist gate after merging)`);
    for (const [device, ahead] of Object.entries(report.clocksAhead)) {
      lines.push(`  Warning: device ${device} has a clock ${Math.round(ahead / 60_000)} min ahead of this one.`);
    }
    io.out(`${lines.join('\n')}\n`);
    // A large bundle's records get their search entries after its commit: the file is whole when the command ends.
    await backend.searchCaughtUp();
  } finally {
    backend.close();
  }
  return 0;
};

const REASONS: Record<string, string> = {
  incomplete: 'still being copied',
  tampered: 'signature does not match (altered or damaged)',
  foreign: 'not a segment of the device its folder names',
  other_key: 'signed by another key than before',
  passphrase_needed: 'encrypted: a passphrase is needed',
  wrong_passphrase: 'wrong passphrase',
  damaged: 'damaged content',
};

const PROBLEMS: Record<string, string> = {
  no_folder: 'no folder',
  folder_missing: 'the folder does not exist (unplugged, unmounted?)',
  not_writable: 'no permission to write there',
  disk_full: 'the disk is full',
  passphrase_required: `this workspace is encrypted: set a passphrase (${PASSPHRASE_VARIABLE}) to write`,
  failed: 'the exchange failed',
};

const describeRun = (dir: string, run: SyncFolderRun, status: SyncFolderStatus): string => {
  const stamp = new Date(run.at).toISOString();
  const lines = [
    `${stamp} ${dir}: wrote ${run.written} changes, applied ${run.applied} new changes from other devices.`,
  ];
  if (run.problem !== null) lines.push(`  Problem: ${PROBLEMS[run.problem]}${run.detail ? ` (${run.detail})` : ''}`);
  for (const file of status.files) lines.push(`  Not applied: ${file.deviceId}/${file.name} — ${REASONS[file.reason]}`);
  return `${lines.join('\n')}\n`;
};

const runFolder = async (args: string[], io: CliIo): Promise<number> => {
  const { values } = parseCommandArgs(args, {
    db: { type: 'string' },
    dir: { type: 'string' },
    once: { type: 'boolean' },
    interval: { type: 'string' },
  });
  if (values.db === undefined) throw new UsageError('Missing --db PATH');
  if (values.dir === undefined) throw new UsageError('Missing --dir DIR');
  const interval = values.interval === undefined ? 60 : Number(values.interval);
  if (!Number.isInteger(interval) || interval < 1) throw new UsageError('--interval must be a whole number of seconds');
  const dbPath = resolve(values.db);
  const dir = resolve(values.dir);
  requireVoronkaFile(dbPath);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`No folder ${dir}`);
  const backend = createBackend({ dbPath, platform: 'cli', key: databaseKeyFromEnv() });
  const exchange = () =>
    backend.runLocal(async (ctx) => {
      const run = exchangeWithFolder(ctx, dir, passphrase(false));
      io.out(describeRun(dir, run, getSyncFolder(ctx)));
      return run;
    });
  try {
    const first = await exchange();
    if (values.once === true) return first.problem === null ? 0 : 1;
    await new Promise<void>((stop) => {
      let timer: ReturnType<typeof setTimeout>;
      let running = Promise.resolve();
      const next = (ms: number) => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          running = running.then(async () => {
            await exchange();
          });
          next(interval * 1000);
        }, ms);
      };
      next(interval * 1000);
      // A change in the folder (another device's file arrived) runs sooner; the timer covers shares
      // where the watch never fires.
      let watcher: ReturnType<typeof watch> | null = null;
      try {
        watcher = watch(dir, { recursive: true }, () => next(1_500));
      } catch {
        watcher = null;
      }
      process.once('SIGINT', () => {
        clearTimeout(timer);
        watcher?.close();
        void running.then(stop);
      });
    });
    return 0;
  } finally {
    backend.close();
  }
};

export const syncCommand: CliCommand = {
  name: 'sync',
  summary: 'Move changes between devices: a signed bundle file (export | import) or a shared folder (folder)',
  usage: USAGE,
  async run(args: string[], io: CliIo = processIo): Promise<number> {
    const [action, ...rest] = args;
    if (action === 'export') return runExport(rest, io);
    if (action === 'import') return runImport(rest, io);
    if (action === 'folder') return runFolder(rest, io);
    throw new UsageError(action === undefined ? 'Missing export, import or folder' : `Unknown sync action: ${action}`);
  },
};
