import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export type RunningHost = {
  url: string;
  port: number;
  dbPath: string;
  /** Stops the host; the database (and its temp folder) is removed unless `keepDb`. */
  stop(options?: { keepDb?: boolean }): Promise<void>;
};

export type StartHostOptions = {
  /** e.g. put a generator-seeded file there, so the host opens real volume. */
  prepareDb?: (dbPath: string) => void;
  /** Reopen this database (a restart) instead of a fresh one in a temp folder. */
  dbPath?: string;
  /** Listen on this port (a restart keeps the page's origin); 0 picks a free one. */
  port?: number;
  /** Start the core on a test clock at this time (VORONKA_TEST_CLOCK), which `app.advanceClock` moves. */
  testClockAt?: number;
  /** The host's fixed folder for the scheduled weekly report (`--report-dir`). */
  reportDir?: string;
  /** More environment for the host (VORONKA_SMTP_PASSWORD: the browser host's SMTP password). */
  env?: Record<string, string>;
  /** The host's fixed shared sync folder (`--sync-dir`). */
  syncDir?: string;
};

const READY_LINE = /^Voronka is running at (http:\/\/127\.0\.0\.1:\d+\/)$/;
const START_TIMEOUT_MS = 20_000;

const HOST_SCRIPT = resolve(import.meta.dirname, '../../../out/main/host.js');

const waitForExit = (child: ChildProcess, ms: number) =>
  new Promise<boolean>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done(true);
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });

/**
 * Starts the built HTTP host (`node out/main/host.js --port 0 --db <tmp>/e2e.sqlite`) and waits
 * for the one line that says where it listens. The database is a real SQLite file in a fresh
 * temp folder, removed on stop. A restart passes the same `dbPath` and `port`: a new launch (and
 * token) on the same file and origin.
 */
export const startHost = async (options: StartHostOptions = {}): Promise<RunningHost> => {
  const dir = options.dbPath ? dirname(options.dbPath) : mkdtempSync(join(tmpdir(), 'voronka-e2e-'));
  const dbPath = options.dbPath ?? join(dir, 'e2e.sqlite');
  options.prepareDb?.(dbPath);
  const args = [HOST_SCRIPT, '--port', String(options.port ?? 0), '--db', dbPath];
  if (options.reportDir) args.push('--report-dir', options.reportDir);
  if (options.syncDir) args.push('--sync-dir', options.syncDir);
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...options.env,
      ...(options.testClockAt === undefined ? {} : { VORONKA_TEST_CLOCK: String(options.testClockAt) }),
    },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });

  const url = await new Promise<string>((found, failed) => {
    const timer = setTimeout(
      () => failed(new Error(`host did not start in ${START_TIMEOUT_MS} ms\n${stderr}`)),
      START_TIMEOUT_MS,
    );
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = READY_LINE.exec(line.trim());
      if (!match?.[1]) return;
      clearTimeout(timer);
      found(match[1]);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      failed(new Error(`host exited (${code ?? signal}) before it was ready\n${stderr}`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      failed(error);
    });
  }).catch((error: unknown) => {
    child.kill('SIGKILL');
    if (!options.dbPath) rmSync(dir, { recursive: true, force: true });
    throw error;
  });

  return {
    url,
    port: Number(new URL(url).port),
    dbPath,
    async stop({ keepDb = false } = {}) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 5000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 2000);
      }
      if (!keepDb) rmSync(dir, { recursive: true, force: true });
    },
  };
};
