import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

const INCLUDE = ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'];

/**
 * Files that replace a module (`vi.mock`) or a global (timers, `window`, `fetch`) run each in a
 * fresh process, so nothing they change reaches another file, and no module another file loaded
 * first reaches them unmocked (test/unit/vitestIsolation.test.ts keeps this list whole).
 */
export const ISOLATED = [
  'test/integration/import/recordsInWorker.test.ts',
  'test/unit/electron/startDesktopApp.test.ts',
  'test/unit/preload/preload.test.ts',
  'test/unit/renderer/listPage.test.ts',
  'test/unit/renderer/onTablesChanged.test.ts',
  'test/unit/renderer/createIpcTransport.test.ts',
  'test/unit/renderer/primedCalls.test.ts',
  'test/unit/renderer/saveOrDownload.test.ts',
];

export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src-shared') } },
  test: {
    environment: 'node',
    pool: 'forks',
    // Vitest's default for a run is one fork fewer than the cores: one on a 2-core CI machine,
    // while many files wait on child processes (hosts, CLIs, worker threads) rather than compute.
    maxWorkers: availableParallelism(),
    testTimeout: 30_000,
    // Set-up hooks start hosts, worker threads and CLIs like the tests do: the same allowance.
    hookTimeout: 30_000,
    projects: [
      {
        // The rest share their worker's loaded modules from file to file: importing the core,
        // the contract and the catalogues again for each of ~150 files was most of the suite's
        // time (34 core integration files: 932 s with isolation, 120 s without, on a loaded
        // machine). Every file opens its own databases and temp folders, so none sees another's.
        extends: true,
        test: { name: 'shared', include: INCLUDE, exclude: [...configDefaults.exclude, ...ISOLATED], isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
