import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the running bundle (out/main), or of this source file when run from source. */
const moduleDir = (moduleUrl: string): string => {
  const dir = dirname(fileURLToPath(moduleUrl));
  // The bundler may put this module in a shared chunk one folder down.
  return basename(dir) === 'chunks' ? dirname(dir) : dir;
};

/** True when this code runs from src-main (tsx, vitest) rather than from the out/main build. */
export const runsFromSource = (moduleUrl: string = import.meta.url): boolean =>
  extname(fileURLToPath(moduleUrl)) === '.ts';

/**
 * Where the worker entry is: worker.js next to main.js/host.js/cli.js in out/main, or
 * src-main/worker/worker.ts when running from source (startBackendWorker boots tsx for it).
 */
export const defaultWorkerPath = (moduleUrl: string = import.meta.url): string =>
  join(moduleDir(moduleUrl), runsFromSource(moduleUrl) ? 'worker.ts' : 'worker.js');
