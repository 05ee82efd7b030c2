import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type BuildInfo, buildBenchDb } from './buildBenchDb';
import { formatBenchTable } from './formatBenchTable';
import { type ImportRun, importIntoNewWorkspace } from './measureImportFigures';
import { BENCH_SECTIONS, type BenchReport, type BenchSection, runBench } from './runBench';

const USAGE = `Usage: npm run bench [-- --deals N] [--runs N] [--seed S] [--json FILE] [--rebuild] [--only LIST]

Builds (or reuses, from .bench/) a seeded database of N deals (default 100,000, about ten
activities each), then prints one table: each figure's median after a warm-up, the same work in
hand-written better-sqlite3, their ratio and the target. --json FILE writes the same figures.
--only takes a comma-separated list of sections (${BENCH_SECTIONS.join(', ')}) and skips the rest.`;

const wholeNumber = (text: string | undefined, fallback: number, name: string): number => {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1`);
  return value;
};

/** `--only board,timeline` → the sections, refusing a name the bench does not know. */
const sections = (text: string | undefined): BenchSection[] | null => {
  if (text === undefined) return null;
  const names = text.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(BENCH_SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`--only: unknown section ${unknown.join(', ')} (${BENCH_SECTIONS.join(', ')})`);
  return names as BenchSection[];
};

/** The seed runs in a child process, so the bench's peak RSS is that of the measured work. */
const buildInChild = (path: string, deals: number, seed: number): BuildInfo => {
  const child = spawnSync(
    process.execPath,
    [process.argv[1] ?? '', '--build-db', path, '--deals', String(deals), '--seed', String(seed)],
    { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`building the bench database failed (exit ${child.status})`);
  return JSON.parse(child.stdout) as BuildInfo;
};

/** An import in a child process, so its peak memory is the import's alone. */
const importInChild = async (dbPath: string, csvPath: string): Promise<ImportRun> => {
  const child = spawnSync(process.execPath, [process.argv[1] ?? '', '--import-run', dbPath, '--csv', csvPath], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`the import in a child process failed (exit ${child.status})`);
  return JSON.parse(child.stdout) as ImportRun;
};

const header = (report: BenchReport): string => {
  const { database, runs } = report;
  const build = database.build;
  const split = build.split;
  return [
    `Voronka bench — ${database.deals.toLocaleString('en')} deals, ${database.activities.toLocaleString('en')} activities, ` +
      `${database.messages.toLocaleString('en')} change-log messages, ${(database.fileBytes / 1024 ** 3).toFixed(2)} GiB`,
    `Generator: ${build.seedSeconds.toFixed(1)} s ${database.reused ? `(cached build, ${build.builtAt})` : '(built in this run)'}` +
      ` = plan ${(split.planMs / 1000).toFixed(1)} + rows in JS ${(split.buildMs / 1000).toFixed(1)}` +
      ` + SQLite rows ${(split.rowsMs / 1000).toFixed(1)} + change log ${(split.messagesMs / 1000).toFixed(1)}` +
      ` + commits ${(split.commitMs / 1000).toFixed(1)} s; closing (checkpoint, optimize) ${build.closeSeconds.toFixed(1)} s`,
    `Median of ${runs} runs after 3 warm-up runs; node ${report.node}`,
    '',
  ].join('\n');
};

const main = async (): Promise<number> => {
  const { values } = parseArgs({
    options: {
      deals: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'string' },
      rebuild: { type: 'boolean' },
      only: { type: 'string' },
      'build-db': { type: 'string' },
      'import-run': { type: 'string' },
      csv: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const deals = wholeNumber(values.deals, 100_000, 'deals');
  const seed = wholeNumber(values.seed, 1, 'seed');
  if (values['import-run'] && values.csv) {
    process.stdout.write(JSON.stringify(await importIntoNewWorkspace(values['import-run'], values.csv)));
    return 0;
  }
  if (values['build-db']) {
    const info = await buildBenchDb(values['build-db'], deals, seed, (text) => process.stderr.write(text));
    process.stdout.write(JSON.stringify(info));
    return 0;
  }
  const report = await runBench({
    deals,
    seed,
    runs: wholeNumber(values.runs, 31, 'runs'),
    cacheDir: resolve('.bench'),
    jsonPath: values.json ? resolve(values.json) : null,
    rebuild: values.rebuild ?? false,
    only: sections(values.only),
    build: buildInChild,
    importInChild,
    log: (text) => process.stderr.write(text),
  });
  process.stdout.write(`${header(report)}\n${formatBenchTable(report.figures)}\n`);
  // Budgets are reported (MISSED in the table), not enforced: the bench is not a test.
  return 0;
};

process.exitCode = await main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  return 2;
});
