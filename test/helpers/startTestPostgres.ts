import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway PostgreSQL cluster of one test file: a superuser on a unix socket, logins by password over TCP. */
export type TestPostgres = {
  /** Host and port for password logins (127.0.0.1). */
  host: string;
  port: number;
  /** The superuser (trust on the unix socket in `socketDir`). */
  superuser: string;
  socketDir: string;
  /** A URL for `login` on database `database` over TCP (the password goes separately). */
  url(login: string, database?: string): string;
  /** The superuser's connection settings for `pg` (socket, no password). */
  superConfig(database?: string): { host: string; port: number; user: string; database: string };
  stop(): void;
};

const SUPERUSER = 'voronka_test_super';

/** initdb and pg_ctl: on PATH, in /usr/local, or where Debian's package puts them (not on PATH). */
export const findPostgresBin = (): string | null => {
  const candidates: string[] = [];
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir) candidates.push(dir);
  candidates.push('/usr/local/bin', '/usr/local/pgsql/bin');
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) candidates.push(join(debian, version, 'bin'));
  }
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) ?? null;
};

const freePort = (): Promise<number> =>
  new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });

/** initdb refuses root: as root the cluster belongs to `postgres` (or `nobody`), else to us. */
const clusterOwner = (): { uid: number; gid: number } | null => {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    const found = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    if (found.status === 0) {
      const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
      return { uid: Number(found.stdout.trim()), gid: Number(gid.stdout.trim()) };
    }
  }
  throw new Error('Running as root, and neither a postgres nor a nobody user exists to own a test cluster');
};

/**
 * Why the hub's tests cannot run here, or null when they can. Without PostgreSQL binaries they
 * skip — except in CI, where `.ci/run` installs PostgreSQL, so a missing server is a failure.
 */
export const postgresUnavailable = (): string | null => {
  if (findPostgresBin() !== null) return null;
  const reason = 'No PostgreSQL server binaries (initdb, pg_ctl) found: the team hub tests are skipped';
  if (process.env.CI) throw new Error(`${reason} — in CI .ci/run must install PostgreSQL`);
  return reason;
};

/** Server settings a bench raises (50 devices connect at once; a 100k-deal first sync wants a bigger cache). */
export type TestPostgresOptions = { maxConnections?: number; sharedBuffers?: string };

/**
 * Starts a fresh cluster in a temp folder on a random port (fsync off: a test's data need not
 * survive a power cut). Works as root (the cluster runs as an unprivileged user) and as anyone.
 */
export const startTestPostgres = async (settings: TestPostgresOptions = {}): Promise<TestPostgres> => {
  const bin = findPostgresBin();
  if (bin === null) throw new Error('No PostgreSQL binaries');
  const owner = clusterOwner();
  const dir = mkdtempSync(join(tmpdir(), 'voronka-pg-'));
  const data = join(dir, 'data');
  const passwordFile = join(dir, 'pw');
  writeFileSync(passwordFile, 'unused-super-password\n');
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    chownSync(passwordFile, owner.uid, owner.gid);
  }
  const run = (command: string, args: string[]) =>
    execFileSync(join(bin, command), args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: dir,
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      ...(owner ?? {}),
    });
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  const port = await freePort();
  try {
    run('initdb', [
      '-D',
      data,
      '-U',
      SUPERUSER,
      '--auth-local=trust',
      '--auth-host=scram-sha-256',
      `--pwfile=${passwordFile}`,
      '--no-sync',
      '-E',
      'UTF8',
    ]);
    const options = [
      `-c listen_addresses=127.0.0.1`,
      `-c port=${port}`,
      `-c unix_socket_directories=${dir}`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      `-c max_connections=${settings.maxConnections ?? 40}`,
      `-c shared_buffers=${settings.sharedBuffers ?? '16MB'}`,
    ].join(' ');
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', 'start']);
  } catch (error) {
    cleanUp();
    throw error;
  }
  let stopped = false;
  return {
    host: '127.0.0.1',
    port,
    superuser: SUPERUSER,
    socketDir: dir,
    url: (login, database = 'postgres') =>
      `postgres://${encodeURIComponent(login)}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    superConfig: (database = 'postgres') => ({ host: dir, port, user: SUPERUSER, database }),
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        cleanUp();
      }
    },
  };
};
