#!/usr/bin/env node
// `npm run electron:native`: builds better-sqlite3 for Electron's ABI into
// .electron-native/better_sqlite3.node, apart from node_modules/better-sqlite3/build (the Node
// build that tests and the CLI load). The Electron main process hands this file to better-sqlite3
// as `nativeBinding`. It needs the internet (a prebuilt binary, or Electron's headers to compile),
// so it runs on user and release machines, never in postinstall. Skips when already built.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STEP_TIMEOUT_MS = 10 * 60_000;

/** Where the Electron build and its stamp live under a project root. */
export const nativePaths = (root) => ({
  dir: join(root, '.electron-native'),
  binary: join(root, '.electron-native', 'better_sqlite3.node'),
  stamp: join(root, '.electron-native', 'stamp.json'),
  electronPackage: join(root, 'node_modules', 'electron', 'package.json'),
  sqlitePackageDir: join(root, 'node_modules', 'better-sqlite3'),
});

/** What a build is for: a change in any of these means the binary must be rebuilt. */
export const buildTarget = (root, platform = process.platform, arch = process.arch) => {
  const paths = nativePaths(root);
  const read = (file) => JSON.parse(readFileSync(file, 'utf8')).version;
  // The name too: better-sqlite3 is the multiple-ciphers build under its name (npm alias), and a
  // binary built from plain better-sqlite3 of the same version cannot encrypt.
  const sqlite = JSON.parse(readFileSync(join(paths.sqlitePackageDir, 'package.json'), 'utf8'));
  return {
    electron: read(paths.electronPackage),
    betterSqlite3: `${sqlite.name}@${sqlite.version}`,
    platform,
    arch,
  };
};

/** True when the stamp text records exactly this target. */
export const stampMatches = (stampText, target) => {
  try {
    const stamp = JSON.parse(stampText);
    return Object.keys(target).every((key) => stamp[key] === target[key]);
  } catch {
    return false;
  }
};

/** True when the binary exists and its stamp matches the target: nothing to do. */
export const isUpToDate = (root, target) => {
  const paths = nativePaths(root);
  if (!existsSync(paths.binary) || !existsSync(paths.stamp)) return false;
  return stampMatches(readFileSync(paths.stamp, 'utf8'), target);
};

const NETWORK_FAILURE =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|fetch failed|network connectivity|socket hang up/i;
const NOISE = /^(at |System |command |cwd |node -v|node-gyp -v|not ok$|stack$)/;

/** What went wrong, in a few words: a network failure names what could not be fetched. */
export const lastErrorLine = (output) => {
  const lines = output
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^(prebuild-install|gyp) (warn|ERR!|err!|info|http)\s*/i, '')
        .replace(/^(stack\s+)?(\w*Error:\s*)?/, '')
        .trim(),
    )
    .filter((line) => line !== '' && !NOISE.test(line));
  if (NETWORK_FAILURE.test(output)) {
    const url = output.match(/https?:\/\/[^\s"')]+/)?.[0];
    const host = output.match(/ENOTFOUND\s+(\S+)/)?.[1];
    return `no network: cannot download ${url ?? host ?? 'the build inputs'}`;
  }
  const telling = lines.filter((line) => /error|fail|not found|404|denied/i.test(line));
  const line = telling.at(-1) ?? lines.at(-1) ?? 'no output';
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
};

/** node-gyp: the one npm runs scripts with, else the copy bundled with npm, else whatever is on PATH. */
const nodeGypCommand = () => {
  if (process.env.npm_config_node_gyp && existsSync(process.env.npm_config_node_gyp)) {
    return [process.execPath, process.env.npm_config_node_gyp];
  }
  const bundled = join(
    dirname(process.execPath),
    '..',
    'lib',
    'node_modules',
    'npm',
    'node_modules',
    'node-gyp',
    'bin',
    'node-gyp.js',
  );
  return existsSync(bundled) ? [process.execPath, bundled] : ['node-gyp'];
};

/**
 * The environment for the tools, minus npm's `nodedir`: set on machines that compile against the
 * system Node headers, it would make node-gyp build for Node's ABI instead of Electron's.
 */
const toolEnv = () =>
  Object.fromEntries(Object.entries(process.env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'));

const run = ([command, ...args], cwd) => {
  const result = spawnSync(command, args, {
    cwd,
    env: toolEnv(),
    encoding: 'utf8',
    timeout: STEP_TIMEOUT_MS,
    shell: false,
  });
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`;
  return { ok: result.status === 0, output };
};

const build = (root, target) => {
  const paths = nativePaths(root);
  const work = mkdtempSync(join(tmpdir(), 'voronka-electron-native-'));
  try {
    // A private copy, so neither tool touches the Node build in node_modules/better-sqlite3/build.
    const pkg = join(work, 'better-sqlite3');
    cpSync(paths.sqlitePackageDir, pkg, {
      recursive: true,
      filter: (source) => !source.startsWith(join(paths.sqlitePackageDir, 'build')),
    });
    const requireFromSqlite = createRequire(join(paths.sqlitePackageDir, 'package.json'));
    const prebuild = run(
      [
        process.execPath,
        requireFromSqlite.resolve('prebuild-install/bin.js'),
        '--runtime',
        'electron',
        '--target',
        target.electron,
        '--arch',
        target.arch,
        '--platform',
        target.platform,
      ],
      pkg,
    );
    const built = join(pkg, 'build', 'Release', 'better_sqlite3.node');
    let failure = null;
    if (!prebuild.ok || !existsSync(built)) {
      const gyp = run(
        [
          ...nodeGypCommand(),
          'rebuild',
          '--release',
          `--target=${target.electron}`,
          `--arch=${target.arch}`,
          '--dist-url=https://electronjs.org/headers',
          '--runtime=electron',
        ],
        pkg,
      );
      if (!gyp.ok || !existsSync(built)) {
        failure = `prebuild-install: ${lastErrorLine(prebuild.output)}; node-gyp: ${lastErrorLine(gyp.output)}`;
      }
    }
    if (failure) return failure;
    mkdirSync(paths.dir, { recursive: true });
    // Copy then rename, so an interrupted run never leaves a half-written addon behind.
    cpSync(built, `${paths.binary}.tmp`);
    renameSync(`${paths.binary}.tmp`, paths.binary);
    writeFileSync(paths.stamp, `${JSON.stringify(target, null, 2)}\n`);
    return null;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

/** Builds when needed; returns the process exit code. */
export const ensureElectronNative = (root = PROJECT_ROOT) => {
  const target = buildTarget(root);
  const { binary } = nativePaths(root);
  if (isUpToDate(root, target)) {
    console.log(`better-sqlite3 for Electron ${target.electron} is ready (${binary}).`);
    return 0;
  }
  console.log(
    `Building better-sqlite3 ${target.betterSqlite3} for Electron ${target.electron} (${target.platform}-${target.arch})...`,
  );
  const failure = build(root, target);
  if (failure) {
    console.error(`Cannot build better-sqlite3 for Electron ${target.electron} (${failure}); this needs the internet.`);
    return 1;
  }
  console.log(`better-sqlite3 for Electron ${target.electron} written to ${binary}.`);
  return 0;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = ensureElectronNative();
