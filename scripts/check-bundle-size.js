#!/usr/bin/env node
// The renderer's size budget, run by `npm run build` after electron-vite: fails the build when the
// script the board route needs before its first paint (the entry, its static imports and the
// pipeline page's chunk with its own) grows past its budget, or when a chart library (ECharts,
// ZRender) or zod reaches that route. Reads Vite's manifest of out/renderer; prints minified and gzip sizes.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Bytes of JavaScript before the board paints: 512.0 kB, 164.4 kB gzip when set, with ~8 kB of room
 * for the other work landing the same hour (520.8 kB before Vite's modulepreload lists and helper
 * left every dynamic import; 665 kB before zod left the route — the transport reads
 * envelopes without it and parses push events with a schema loaded with the first event; quick add,
 * "Who are you?" and the gate's params load theirs on demand — and date-fns followed; 675 kB before
 * the import's messages moved to the Settings chunk; 625 kB when the phone metadata, the contract's
 * schemas, the new-deal form, stage settings and the second language left the route; 838 kB before;
 * 917 kB in one file before pages were split). What is left: react-dom ~207 kB, i18next ~50 kB,
 * dnd-kit ~48 kB and @tanstack/virtual ~34 kB (the board's drag and drop and its virtualised
 * columns), the start-up catalogue ~64 kB (Russian; it still carries the messages of leads,
 * activities, companies, users, custom fields, campaigns and contacts, ~21 kB, that the board's
 * hosts and cards share with their pages) and ~90 kB of the app's own code. The issue's goal is
 * 300 kB minified. Lower these as the route shrinks.
 */
export const BOARD_ROUTE_BUDGET = { minified: 520_000, gzip: 168_000 };

/** Marks zod's code in a chunk: the board route has none (the core validates every input). */
const ZOD_MARK = /["'`]\$Zod(Type|Object)["'`]/;

/** Every chunk a route loads before it runs: the chunk and its static imports, transitively. */
export const staticClosure = (manifest, keys) => {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  for (const key of keys) visit(key);
  return [...seen];
};

/**
 * Minified and gzip sizes of the board route's scripts, and any chart chunk among them: the entry,
 * the shell it imports, the pipeline page, their static imports, and one language's catalogue
 * (its own chunk; the larger one is counted).
 */
export const measureBoardRoute = (outDir) => {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const page = Object.keys(manifest).find((key) => key.endsWith('modules/pipeline/components/PipelinePage.tsx'));
  if (!entry || !page) throw new Error('the manifest has no renderer entry or no PipelinePage chunk');
  const sizeOf = (key) => {
    const bytes = readFileSync(join(outDir, manifest[key].file));
    return {
      file: manifest[key].file,
      name: manifest[key].name ?? key,
      minified: bytes.length,
      gzip: gzipSync(bytes).length,
      // zod's class names survive minification as strings (its `$constructor("$ZodObject", …)`).
      zod: ZOD_MARK.test(bytes.toString('utf8')),
    };
  };
  const catalogues = Object.keys(manifest)
    .filter((key) => /i18n\/(ru|en)\.ts$/.test(key))
    .map(sizeOf)
    .sort((a, b) => b.minified - a.minified);
  // The entry starts the first requests and then imports the app shell (app/bootstrap.tsx).
  const shell = Object.keys(manifest).filter((key) => key.endsWith('app/bootstrap.tsx'));
  const chunks = [...staticClosure(manifest, [entry, ...shell, page]).map(sizeOf), ...catalogues.slice(0, 1)];
  const total = (pick) => chunks.reduce((sum, chunk) => sum + pick(chunk), 0);
  return {
    chunks,
    minified: total((chunk) => chunk.minified),
    gzip: total((chunk) => chunk.gzip),
    charts: chunks.filter((chunk) => /(^|\/)(echarts|zrender)/i.test(chunk.name)),
    validators: chunks.filter((chunk) => chunk.zod),
  };
};

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

const main = () => {
  const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'renderer');
  const route = measureBoardRoute(outDir);
  for (const chunk of [...route.chunks].sort((a, b) => b.minified - a.minified))
    process.stdout.write(
      `  ${chunk.file.padEnd(44)} ${kB(chunk.minified).padStart(10)} ${kB(chunk.gzip).padStart(10)} gzip\n`,
    );
  const line =
    `bundle: the board route loads ${kB(route.minified)} of script (${kB(route.gzip)} gzip) in ${route.chunks.length} chunks; ` +
    `budget ${kB(BOARD_ROUTE_BUDGET.minified)} (${kB(BOARD_ROUTE_BUDGET.gzip)} gzip)`;
  const problems = [
    route.minified > BOARD_ROUTE_BUDGET.minified || route.gzip > BOARD_ROUTE_BUDGET.gzip ? 'over budget' : null,
    route.charts.length ? `chart code on the board route: ${route.charts.map((chunk) => chunk.file).join(', ')}` : null,
    route.validators.length
      ? `zod on the board route: ${route.validators.map((chunk) => chunk.file).join(', ')} (import its schemas where a form or a reply needs them, on demand)`
      : null,
  ].filter(Boolean);
  process.stdout.write(`${line}${problems.length ? ` — FAILED: ${problems.join('; ')}` : ' — ok'}\n`);
  if (problems.length)
    process.stdout.write(
      'bundle: load the new code on demand (a page in src-renderer/app/pageViews.ts, a dialog with React.lazy) ' +
        'instead of importing it from the shell or the board\n',
    );
  if (problems.length) process.exitCode = 1;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
