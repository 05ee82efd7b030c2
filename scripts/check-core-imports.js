#!/usr/bin/env node
// The core's start-up weight, run by `npm run build` after electron-vite: fails the build when a
// library the core needs only for some calls (workbooks, PDFs and their charts, the team hub,
// mail, the sample generator) is imported statically by the worker or the CLI, so every start
// would load it. Together they were ~65 MB of memory and ~0.65 s of the worker's start-up on this
// two-core machine (measured 2026-12-06: 104 → 39 MB, 880 → 220 ms to load the worker's code).
// Import them where they are used, with `await import(…)`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { init, parse } from 'es-module-lexer';

/** Packages that only some calls need (external: the build imports them by name). */
export const ON_DEMAND = ['exceljs', 'pdfmake', 'pg', 'nodemailer', '@faker-js/faker', 'echarts', 'zrender'];

/** ECharts is bundled into a chunk of its own: its code says `echarts.use([` in its messages. */
const BUNDLED_MARKS = [{ library: 'echarts', mark: 'echarts.use([' }];

/**
 * The built entries whose start-up is checked: the app's core (worker thread), the CLI, the
 * bench, whose import child reports its peak memory as the app's, and an import's reading thread.
 */
export const CHECKED_ENTRIES = ['worker.js', 'cli.js', 'bench.js', 'importRecords.js'];

const packageOf = (specifier) => {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
};

/**
 * Every file and bare package an entry loads before its code runs: its static imports and
 * re-exports, transitively through the build's own chunks (dynamic `import()` excluded).
 */
export const staticImports = async (entryPath) => {
  await init;
  const files = new Set();
  const packages = new Set();
  const visit = (path) => {
    if (files.has(path)) return;
    files.add(path);
    const [imports] = parse(readFileSync(path, 'utf8'));
    for (const entry of imports) {
      // d: -1 a static import, -2 import.meta; ≥ 0 a dynamic import().
      if (entry.d !== -1 || entry.n === undefined) continue;
      if (entry.n.startsWith('.')) visit(join(dirname(path), entry.n));
      else packages.add(packageOf(entry.n));
    }
  };
  visit(entryPath);
  return { files: [...files], packages: [...packages] };
};

/** What an entry loads at start that it should load on demand: packages, and chunks that bundle one. */
export const startUpViolations = async (entryPath) => {
  const { files, packages } = await staticImports(entryPath);
  const bundled = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return BUNDLED_MARKS.filter(({ mark }) => text.includes(mark)).map(
      ({ library }) => `${library} (bundled in ${file.split('/').pop()})`,
    );
  });
  return [...packages.filter((name) => ON_DEMAND.includes(name)), ...bundled];
};

const main = async () => {
  const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'main');
  const failures = [];
  for (const entry of CHECKED_ENTRIES) {
    const violations = await startUpViolations(join(outDir, entry));
    if (violations.length) failures.push(`${entry} loads ${violations.join(', ')} at start`);
  }
  process.stdout.write(
    failures.length
      ? `core imports: FAILED: ${failures.join('; ')} — import them where they are used, with await import(…)\n`
      : `core imports: ${CHECKED_ENTRIES.join(' and ')} load none of ${ON_DEMAND.join(', ')} at start — ok\n`,
  );
  if (failures.length) process.exitCode = 1;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
