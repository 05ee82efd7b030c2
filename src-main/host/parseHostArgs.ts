import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDbPath } from './defaultDataDir';
import { DEFAULT_PORT } from './startHost';

export const HOST_USAGE = `Usage: node out/main/host.js [--port N] [--db PATH]
  --port N    port on 127.0.0.1 (default ${DEFAULT_PORT}; 0 picks a free one)
  --db PATH   database file (default: $VORONKA_DB, else the per-user data folder)
  --restore-backup  the database is damaged: keep it aside and restore its latest sound backup
  --report-dir DIR  where the scheduled weekly report is written (default: $VORONKA_REPORT_DIR,
                    else a reports folder beside the database); the page shows it, cannot change it`;

export type HostArgs =
  { help: true } | { help: false; port: number; dbPath: string; restoreBackup: boolean; reportDir?: string };

/** The command line of `npm run serve`; throws a one-line Error on anything it does not accept. */
export const parseHostArgs = (args: string[], env: Record<string, string | undefined> = process.env): HostArgs => {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      db: { type: 'string' },
      'restore-backup': { type: 'boolean' },
      'report-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return { help: true };
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '0') || port > 65_535) throw new Error(`Invalid port: ${values.port}`);
  const reportDir = values['report-dir'] ?? env.VORONKA_REPORT_DIR;
  return {
    help: false,
    port,
    dbPath: values.db ?? defaultDbPath(env),
    restoreBackup: values['restore-backup'] ?? false,
    ...(reportDir ? { reportDir: resolve(reportDir) } : {}),
  };
};
