#!/usr/bin/env node
// `npm start`: builds the app, then opens the desktop app in Electron. Where no Electron binary can
// be had (an offline machine, CI, a server without a display) it says so in one line and serves
// the same app to the browser instead, so the main command always gives the user a working CRM.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './electron-native.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PROBE_TIMEOUT_MS = 20_000;
const PATH_MARKER = '@@voronka-electron-path@@';

// Run in a child: the electron package downloads its binary on first require, which can throw or
// hang; the child is killed on timeout, so neither blocks `npm start`.
const PROBE_SOURCE = `const p = require('electron'); process.stdout.write('\\n${PATH_MARKER}' + p + '\\n');`;

const NETWORK_FAILURE =
  /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|socket hang up/i;

/** The one line printed when the app falls back to the browser. */
export const fallbackLine = (reason) =>
  `Electron is not available on this machine (${reason}); serving Voronka in your browser instead.`;

/** Turns the probe child's result into the Electron executable path, or a short reason why not. */
export const probeOutcome = ({ code, stdout, stderr, timedOut, timeoutMs = PROBE_TIMEOUT_MS }) => {
  if (timedOut) {
    return {
      ok: false,
      reason: `its download did not finish within ${Math.round(timeoutMs / 1000)} s; run \`npx install-electron\``,
    };
  }
  const marked = stdout
    .split(/\r?\n/)
    .find((line) => line.startsWith(PATH_MARKER))
    ?.slice(PATH_MARKER.length)
    .trim();
  if (code === 0 && marked) return { ok: true, path: marked };
  const output = `${stdout}\n${stderr}`;
  if (NETWORK_FAILURE.test(output))
    return { ok: false, reason: 'the binary is not installed and cannot be downloaded' };
  const message = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => /^(\w*Error|Error):/.test(line));
  const short = (message ?? `the electron package exited with code ${code}`).replace(/^(\w*Error|Error):\s*/, '');
  return { ok: false, reason: short.length > 120 ? `${short.slice(0, 117)}...` : short };
};

/** Electron on Linux needs an X or Wayland display; a headless box gets the browser fallback. */
export const displayProblem = (platform, env) =>
  platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY ? 'no graphical display' : null;

const probeElectron = (timeoutMs = PROBE_TIMEOUT_MS) =>
  new Promise((resolve) => {
    const posix = process.platform !== 'win32';
    // Its own process group on POSIX, so a timeout also stops the downloader it spawns.
    const child = spawn(process.execPath, ['-e', PROBE_SOURCE], {
      cwd: ROOT,
      detached: posix,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (posix) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: error.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(probeOutcome({ code, stdout, stderr, timedOut, timeoutMs }));
    });
  });

/** The binary exists and really runs here (as Node, so no display is needed for the check). */
const binaryRuns = (path) => {
  if (!existsSync(path)) return `the binary is missing at ${path}`;
  const result = spawnSync(path, ['-e', 'process.stdout.write(process.versions.electron || "")'], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: 15_000,
  });
  if (result.status === 0 && result.stdout.trim() !== '') return null;
  const detail = (result.error?.message ?? result.stderr ?? '').trim().split(/\r?\n/)[0];
  return `the binary does not run${detail ? `: ${detail.slice(0, 100)}` : ''}`;
};

const buildApp = () => {
  const steps = [
    [process.execPath, [join(ROOT, 'scripts', 'generate-preload.js')]],
    [process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']],
  ];
  for (const [command, args] of steps) {
    const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) {
      process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}\n`);
      process.stderr.write('The build failed; see above.\n');
      process.exit(result.status ?? 1);
    }
  }
};

/** Runs a child in the foreground: signals are passed on, its exit code becomes ours. */
const runForeground = (command, args, env = process.env) => {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env });
  const forward = (signal) => () => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward(signal));
  child.on('error', (error) => {
    process.stderr.write(`Cannot start ${command}: ${error.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  // `kill <npm pid>` ends npm and its shell but not us: once orphaned, stop the child too.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) child.kill('SIGTERM');
  }, 1000).unref();
};

/** The Electron executable path when the desktop app can run here, else a reason for the fallback. */
const findElectron = async () => {
  const probe = await probeElectron();
  if (!probe.ok) return probe;
  const display = displayProblem(process.platform, process.env);
  if (display) return { ok: false, reason: display };
  const broken = binaryRuns(probe.path);
  if (broken) return { ok: false, reason: broken };
  // The main process needs better-sqlite3 built for Electron's ABI, kept apart from Node's build.
  if (ensureElectronNative(ROOT) !== 0) {
    return { ok: false, reason: 'better-sqlite3 is not built for Electron yet; run `npm run electron:native` online' };
  }
  return probe;
};

const main = async () => {
  const passThrough = process.argv.slice(2);
  buildApp();
  const electron = await findElectron();
  if (electron.ok) {
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    runForeground(electron.path, [ROOT, ...passThrough], env);
    return;
  }
  console.log(fallbackLine(electron.reason));
  // The e2e host's test clock is never the app's: `npm start` drops its variable.
  const env = { ...process.env };
  delete env.VORONKA_TEST_CLOCK;
  runForeground(process.execPath, [join(ROOT, 'out', 'main', 'host.js'), ...passThrough], env);
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
