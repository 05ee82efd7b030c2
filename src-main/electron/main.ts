import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultWorkerPath } from '../worker/defaultWorkerPath';
import { startBackendWorker } from '../worker/startBackendWorker';
import { startDesktopApp } from './startDesktopApp';

// Entry of the Electron main process (out/main/main.js, ESM). No top-level await: the privileged
// scheme must be registered before Electron's `ready`.
startDesktopApp({
  mainDir: dirname(fileURLToPath(import.meta.url)),
  workerPath: defaultWorkerPath(),
  startWorker: startBackendWorker,
});
