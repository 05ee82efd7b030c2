import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

const HOST_SCRIPT = resolve(import.meta.dirname, '../../../out/main/host.js');

export type Host = { url: string; child: ChildProcess };

/** The built HTTP host on a free port over `dbPath`; resolves once it prints its address. */
export const startHost = (dbPath: string): Promise<Host> =>
  new Promise((found, failed) => {
    const child = spawn(process.execPath, [HOST_SCRIPT, '--port', '0', '--db', dbPath], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^Voronka is running at (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(line.trim());
      if (match?.[1]) found({ url: match[1], child });
    });
    child.once('exit', (code) => failed(new Error(`host exited (${code}) before it was ready`)));
  });
