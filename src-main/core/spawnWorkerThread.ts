import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

const isTypeScript = (path: string) => /\.[cm]?ts$/.test(path);

/**
 * Starts a worker thread from a built .js file, or from a .ts source file (tests, development)
 * by registering tsx inside the thread first: Node 20 does not apply `--import tsx` from
 * execArgv to a worker's entry module.
 */
export const spawnWorkerThread = (workerPath: string | URL, options: WorkerOptions): Worker => {
  const path = workerPath instanceof URL ? fileURLToPath(workerPath) : workerPath;
  if (!isTypeScript(path)) return new Worker(path, options);
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const entry = pathToFileURL(path).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { ...options, eval: true });
};
