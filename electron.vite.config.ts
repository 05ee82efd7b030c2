import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const alias = { '@shared': resolve(import.meta.dirname, 'src-shared') };

/**
 * One build for every Node-side entry: the Electron main process, the backend worker, the HTTP
 * host, the CLI and the bench all land in out/main and share chunks. better-sqlite3 stays
 * external (a dependency), so each runtime loads its own native build.
 */
export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      // Bundling the pure-JS dependencies halves the worker's start-up (importing kysely and zod
      // file by file costs ~0.5 s); better-sqlite3 stays external for its native addon.
      externalizeDeps: {
        exclude: ['kysely', 'zod', 'uuid', 'fractional-indexing', 'date-fns', 'pure-rand', 'punycode.js'],
      },
      rolldownOptions: {
        input: {
          main: resolve(import.meta.dirname, 'src-main/electron/main.ts'),
          worker: resolve(import.meta.dirname, 'src-main/worker/worker.ts'),
          // An import's reading thread (recordsInWorker).
          importRecords: resolve(import.meta.dirname, 'src-main/core/modules/imports/importRecordsThread.ts'),
          host: resolve(import.meta.dirname, 'src-main/host/host.ts'),
          cli: resolve(import.meta.dirname, 'src-main/cli/cli.ts'),
          bench: resolve(import.meta.dirname, 'src-main/bench/bench.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // The sandboxed preload can require only `electron`: bundle everything else into one CJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(import.meta.dirname, 'src-main/preload/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src-renderer'),
    resolve: { alias },
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      // electron-vite leaves renderer code unminified by default; minified it loads twice as fast.
      minify: true,
      // scripts/check-bundle-size.js reads the manifest to hold the board route to its budget.
      manifest: true,
      // No <link rel="modulepreload"> per dependency before each dynamic import: inserting ~20 of
      // them for the first page, and more for each lazy piece of the shell and the toolbar, cost
      // 50–70 ms of the main thread before the board's first render on the two-core laptop. The
      // browser fetches a chunk's imports itself as it parses it (one more local round trip, ~ms);
      // a lazy chunk's CSS is still loaded by Vite's helper (see refetchFailedStylesheets).
      modulePreload: false,
      rolldownOptions: {
        input: resolve(import.meta.dirname, 'src-renderer/index.html'),
        // Chart code is one chunk of its own, loaded only by the pages that draw charts; the size
        // check fails the build if it ever reaches the board route.
        output: { codeSplitting: { groups: [{ name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ }] } },
      },
    },
  },
});
