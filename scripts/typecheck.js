#!/usr/bin/env node
// `npm run typecheck`: one `tsc -p` per zone's tsconfig, as many at once as the machine has cores
// (tsc is single-threaded; one after another they left a 2-core CI machine half idle). Each
// compiler's output is printed whole when it ends, so parallel runs never interleave; the exit
// code is 1 when any of them failed. tsconfig.electron.json is not among them: tsconfig.test.json
// checks the same files (src-shared, all of src-main) with the same Node and DOM types.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');

/** Longest first, so the last one to start is a short one. */
export const TYPECHECK_CONFIGS = [
  'tsconfig.test.json',
  'tsconfig.web.json',
  'tsconfig.node.json',
  'tsconfig.shared.json',
];

const check = (config) =>
  new Promise((done) => {
    const started = Date.now();
    const child = spawn(process.execPath, [tsc, '-p', config], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`typecheck: ${config} ${code === 0 ? 'ok' : 'FAILED'} in ${seconds} s\n${output}`);
      done(code === 0);
    });
  });

const main = async () => {
  const queue = [...TYPECHECK_CONFIGS];
  let failed = false;
  const lane = async () => {
    for (let config = queue.shift(); config; config = queue.shift()) if (!(await check(config))) failed = true;
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), queue.length) }, lane));
  process.exitCode = failed ? 1 : 0;
};

await main();
