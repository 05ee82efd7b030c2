import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultWorkerPath, runsFromSource } from '../worker/defaultWorkerPath';
import { createWorkspaceSwitch } from '../worker/createWorkspaceSwitch';
import { startBackendWorker, type WorkerBackendOptions } from '../worker/startBackendWorker';
import { createErrorLog } from '../core/diagnostics/createErrorLog';
import { errorLogPathFor } from '../core/diagnostics/errorLogPathFor';
import type { MigrationProgress } from '../core/db/MigrationProgress';
import { createHttpHost } from './createHttpHost';
import { startOpeningServer } from './startOpeningServer';

/** `npm run serve` listens here unless told otherwise. */
export const DEFAULT_PORT = 4317;

export type StartHostOptions = {
  dbPath: string;
  /** The passphrase of an encrypted workspace (host.js reads VORONKA_DB_KEY); absent: a plain file. */
  key?: string | null;
  /** 0 picks a free port. */
  port: number;
  hostname?: string;
  /** Defaults to out/renderer, next to the out/main folder this file is built into. */
  rendererDir?: string;
  workerPath?: string | URL;
  workerExecArgv?: string[];
  /** e2e only (host.js reads VORONKA_TEST_CLOCK): the core's clock starts here and tests move it. */
  testClockAt?: number;
  /** The fixed folder of the scheduled weekly report (`--report-dir`); absent: `reports` beside the database. */
  reportDir?: string;
  /** The fixed shared sync folder (`--sync-dir`); absent: none. */
  syncDir?: string;
  /** A team hub to sync with in the background (host.js reads VORONKA_HUB_URL and VORONKA_HUB_PASSWORD). */
  hubSync?: { url: string; password?: string };
  /** Told the address as soon as it answers, with the opening page until the workspace is open. */
  onOpening?: (url: string) => void;
  /** Told the address once, when an existing file turns out to need an upgrade (its copy is made first). */
  onUpgrading?: (url: string) => void;
};

export type RunningHost = {
  url: string;
  port: number;
  /** The workspace is encrypted and no key was given: the page asks for the passphrase. */
  locked: boolean;
  close(): Promise<void>;
};

/** The worker's refusal of an encrypted file opened without a key (see keyRefusal). */
const needsKey = (error: unknown): boolean => {
  const cause = (error as { cause?: { code?: unknown; params?: { reason?: unknown } } }).cause;
  return cause?.code === 'DB_ENCRYPTED' && cause.params?.reason === 'key_required';
};

/** The renderer build: out/renderer beside out/main (also when running src-main from source). */
export const defaultRendererDir = (): string =>
  runsFromSource()
    ? join(dirname(defaultWorkerPath()), '..', '..', 'out', 'renderer')
    : join(dirname(defaultWorkerPath()), '..', 'renderer');

/** A fresh secret per launch, so a page from an earlier run (or another app) cannot call in. */
export const createToken = (): string => randomBytes(24).toString('base64url');

/**
 * Runs Voronka for a browser: the backend in a worker thread, the renderer and API over HTTP on
 * the loopback interface. Used by `npm run serve` (host.js) and by `npm start` without Electron.
 */
export const startHost = async (options: StartHostOptions): Promise<RunningHost> => {
  mkdirSync(dirname(options.dbPath), { recursive: true });
  // The workspace's own log, also while a sample is open: the host and its thread write it too.
  const errorLog = createErrorLog(errorLogPathFor(options.dbPath));
  const ownOptions: WorkerBackendOptions = {
    dbPath: options.dbPath,
    key: options.key ?? null,
    platform: 'browser',
    autoBackup: true,
    ...(options.testClockAt === undefined ? {} : { testClockAt: options.testClockAt }),
    ...(options.reportDir === undefined ? {} : { reportDir: options.reportDir }),
    ...(options.syncDir === undefined ? {} : { syncDir: options.syncDir }),
    ...(options.hubSync === undefined ? {} : { hubSync: { ...options.hubSync, logStatus: true } }),
  };
  const start = (workerOptions: WorkerBackendOptions, onOpening?: (progress: MigrationProgress) => void) =>
    startBackendWorker({
      workerPath: options.workerPath ?? defaultWorkerPath(),
      options: workerOptions,
      ...(options.workerExecArgv ? { execArgv: options.workerExecArgv } : {}),
      onCrash: (error) => errorLog.crashed('worker', error),
      ...(onOpening ? { onOpening } : {}),
    });
  // The address answers at once: while the file opens (an old one is upgraded, minutes for a large
  // one) with the opening page and its progress; then the app's own server takes the same port.
  const hostname = options.hostname ?? '127.0.0.1';
  const opening = await startOpeningServer(options.port, hostname);
  options.onOpening?.(opening.url);
  // Every start opens the user's own workspace, even if a sample was open when the host stopped:
  // a sample is a visit, and `--db` names the file the user means. An encrypted one without
  // VORONKA_DB_KEY starts locked: the page asks for the passphrase, held in this process's memory
  // only. A key given and refused stays an error: whoever set the variable should hear of it.
  let upgrading = false;
  const first = await start(ownOptions, (progress) => {
    opening.update(progress);
    if (progress.phase === 'backup' && !upgrading) {
      upgrading = true;
      options.onUpgrading?.(opening.url);
    }
  })
    .catch((error: unknown) => {
      if (ownOptions.key === null && needsKey(error)) return null;
      throw error;
    })
    .finally(() => opening.close());
  const backend = createWorkspaceSwitch({ first, ownOptions, start });
  try {
    const http = await createHttpHost({
      backend,
      workspace: (request) => backend.workspace(request),
      rendererDir: options.rendererDir ?? defaultRendererDir(),
      token: createToken(),
      port: opening.port,
      hostname,
      onRefused: (reason) => errorLog.refused(reason),
    });
    return {
      url: http.url,
      port: http.port,
      locked: first === null,
      async close() {
        await http.close();
        await backend.close();
      },
    };
  } catch (error) {
    await backend.close();
    throw error;
  }
};
