import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { type Backend, createBackend } from '../core/createBackend';
import { LATEST_SCHEMA_VERSION } from '../core/db/migrations/migrations';
import { SEED_GENERATOR_VERSION } from '../core/seed/generate/seedGeneratorVersion';
import { type BuildInfo, readBuildInfo } from './buildBenchDb';
import { compareFigure } from './compareFigure';
import type { BenchFigure } from './formatBenchTable';
import { measurePair, UPDATE_WARMUP_RUNS } from './measure';
import { measureActivityFigures } from './measureActivityFigures';
import { measureAutomationFigures } from './measureAutomationFigures';
import { measureBoardChipsFigure } from './measureBoardChipsFigure';
import { measureSegmentBoardFigure } from './measureSegmentBoardFigure';
import { measureCustomFieldFigures } from './measureCustomFieldFigures';
import { measureReportFigures } from './measureReportFigures';
import { measureEncryptionFigures } from './measureEncryptionFigures';
import { measureFileFigures } from './measureFileFigures';
import { type ImportRun, measureImportFigures } from './measureImportFigures';
import { measureLeadsFigure } from './measureLeadsFigure';
import { measureSearchFigure } from './measureSearchFigure';
import { measureTimelineFigure } from './measureTimelineFigure';
import { measureSyncFolderFigures } from './measureSyncFolderFigures';
import { measureFullBundleFigures } from './measureFullBundleFigures';
import { openRawDb } from './rawBaselines';

/** Parts of the bench that `--only` can pick; the whole bench runs all of them. */
export const BENCH_SECTIONS = [
  'open',
  'list',
  'board',
  'update',
  'timeline',
  'activities',
  'leads',
  'custom',
  'search',
  'report',
  'automation',
  'encryption',
  'import',
  'sync',
  'bundle',
] as const;
export type BenchSection = (typeof BENCH_SECTIONS)[number];

export type BenchOptions = {
  deals: number;
  seed: number;
  runs: number;
  cacheDir: string;
  jsonPath: string | null;
  /** Build a new database even when a cached one exists. */
  rebuild: boolean;
  /** Only these sections (a quick look on a shared machine); null: every figure. */
  only: readonly BenchSection[] | null;
  /** Builds the database at `path` (the CLI entry does it in a child process). */
  build(path: string, deals: number, seed: number): BuildInfo | Promise<BuildInfo>;
  /** Imports a companies CSV into a new workspace (the CLI entry does it in a child process). */
  importInChild(dbPath: string, csvPath: string): Promise<ImportRun>;
  log(text: string): void;
};

export type BenchReport = {
  database: {
    path: string;
    fileBytes: number;
    deals: number;
    activities: number;
    messages: number;
    reused: boolean;
    build: BuildInfo;
  };
  runs: number;
  node: string;
  figures: BenchFigure[];
};

const TARGETS = {
  coldOpen: 300,
  list: 20,
  headers: 30,
  cards: 30,
  update: 5,
} as const;

const rate = (name: string, count: number, seconds: number): BenchFigure => ({
  name,
  unit: '/s',
  value: count / seconds,
  raw: null,
  ratio: null,
  target: null,
  met: null,
});

const unwrap = async <T>(
  envelope: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>,
): Promise<T> => {
  const result = await envelope;
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
};

/** The rep with the most lost deals: the heaviest owner + status list page. */
const busiestOwner = (backend: Backend): string =>
  backend.db.sqlite
    .prepare(
      "SELECT owner_id FROM deals WHERE status = 'lost' GROUP BY owner_id ORDER BY count(*) DESC, owner_id LIMIT 1",
    )
    .pluck()
    .get() as string;

const firstOpenDeal = (backend: Backend): { id: string; value_minor: number } =>
  backend.db.sqlite
    .prepare(
      "SELECT id, value_minor FROM deals WHERE status = 'open' AND deleted_at IS NULL ORDER BY stage_id, position LIMIT 1",
    )
    .get() as { id: string; value_minor: number };

const benchDbName = (deals: number, seed: number, schema: number, generator: number) =>
  `bench-d${deals}-s${seed}-v${schema}-g${generator}.sqlite`;

/**
 * Deletes the cached databases of the same size and seed built for another schema or generator
 * version: they are never read again, and at 100,000 deals each holds about 7 GB.
 */
const removeStaleBenchDbs = (cacheDir: string, deals: number, seed: number, keep: string): string[] => {
  // The database and its companions (.build.json, -wal, -shm) of every other version.
  const sameSizeAndSeed = new RegExp(`^bench-d${deals}-s${seed}-v\\d+-g\\d+\\.sqlite`);
  const stale = readdirSync(cacheDir).filter(
    (name) => sameSizeAndSeed.test(name) && !join(cacheDir, name).startsWith(keep),
  );
  for (const name of stale) rmSync(join(cacheDir, name), { force: true });
  return stale.filter((name) => name.endsWith('.sqlite'));
};

/**
 * Builds or reuses the seeded database, then times each figure through the app (createBackend and
 * dispatch, as a host would) and the same work in hand-written better-sqlite3, medians after a
 * warm-up. Connection-cold opens: the OS file cache stays warm (dropping it needs root and would
 * disturb everything else on the machine).
 */
export const runBench = async (options: BenchOptions): Promise<BenchReport> => {
  const { deals, seed, runs, log } = options;
  const wanted = (section: BenchSection) => options.only === null || options.only.includes(section);
  mkdirSync(options.cacheDir, { recursive: true });
  const path = join(options.cacheDir, benchDbName(deals, seed, LATEST_SCHEMA_VERSION, SEED_GENERATOR_VERSION));
  let build = options.rebuild ? null : readBuildInfo(path);
  const reused = build !== null;
  if (!build || !existsSync(path)) {
    log(`bench: building ${path} (${deals.toLocaleString('en')} deals)…\n`);
    build = await options.build(path, deals, seed);
    for (const stale of removeStaleBenchDbs(options.cacheDir, deals, seed, path)) {
      log(`bench: removed ${stale} (an older schema or generator)\n`);
    }
  } else {
    log(`bench: reusing ${path} (built ${build.builtAt})\n`);
  }

  const figures: BenchFigure[] = [
    rate('generator: deals per second', build.deals, build.seedSeconds),
    rate('generator: activities per second', build.activities, build.seedSeconds),
    rate('generator: change-log messages per second', build.messages, build.seedSeconds),
    ...measureFileFigures(path, deals, build.fileBytes),
  ];
  const pipelineId = DEFAULT_PIPELINE.id;
  const boardInput = { pipelineId, limitPerStage: 20 };

  if (wanted('open')) {
    log('bench: cold open…\n');
    const coldOpen = await measurePair(
      runs,
      async () => {
        const backend = createBackend({ dbPath: path, platform: 'cli', trustOutputs: true });
        try {
          await unwrap(backend.dispatch('deals.board', boardInput));
        } finally {
          backend.close();
        }
      },
      () => {
        const raw = openRawDb(path);
        try {
          raw.board(pipelineId, 20);
        } finally {
          raw.close();
        }
      },
    );
    figures.push(
      compareFigure('cold open: open + migration check + board (20 cards/stage)', coldOpen, TARGETS.coldOpen),
    );
  }

  const backend = createBackend({ dbPath: path, platform: 'cli', trustOutputs: true });
  const raw = openRawDb(path);
  try {
    if (wanted('list')) {
      log('bench: deals.list…\n');
      const ownerId = busiestOwner(backend);
      const listInput = { ownerId, status: 'lost', sort: { field: 'createdAt', dir: 'desc' }, limit: 50 };
      const list = await measurePair(
        runs,
        async () => {
          await unwrap(backend.dispatch('deals.list', listInput));
        },
        () => {
          raw.list(ownerId, 'lost');
        },
      );
      figures.push(compareFigure('deals.list: page of 50, owner + status, newest first', list, TARGETS.list));
    }

    if (wanted('board')) {
      log('bench: board headers and cards…\n');
      const headers = await measurePair(
        runs,
        async () => {
          await unwrap(backend.dispatch('deals.board', { pipelineId, limitPerStage: 0 }));
        },
        () => {
          raw.board(pipelineId, 0);
        },
      );
      figures.push(compareFigure('board column headers: count, sum, weighted per stage', headers, TARGETS.headers));

      // Warm, with cards: each card's next task and "no next step" come from the open-task index, its
      // SLA clock's first touch from the index of outbound touches.
      const cards = await measurePair(
        runs,
        async () => {
          await unwrap(backend.dispatch('deals.board', boardInput));
        },
        () => {
          raw.board(pipelineId, 20);
        },
      );
      figures.push(
        compareFigure('board with 20 cards/stage: next task, no-next-step, checklist, SLA', cards, TARGETS.cards),
      );
      figures.push(await measureBoardChipsFigure(backend, raw, pipelineId, runs, TARGETS.cards, unwrap));
      figures.push(await measureSegmentBoardFigure(backend, raw, pipelineId, runs, TARGETS.cards, unwrap));
    }

    if (wanted('update')) {
      log('bench: update…\n');
      const deal = firstOpenDeal(backend);
      const deviceId = `bench${String(process.pid).padStart(11, '0')}`;
      let rawCounter = 0;
      const update = await measurePair(
        runs,
        async (run) => {
          const valueMinor = deal.value_minor + 100 * ((run % 2) + 1);
          await unwrap(backend.dispatch('deals.update', { id: deal.id, patch: { valueMinor } }));
        },
        (run) => {
          rawCounter += 1;
          const stamp = `${new Date().toISOString()}-${(rawCounter % 0x10000).toString(16).padStart(4, '0')}-${deviceId}`;
          raw.update(deal.id, deal.value_minor + 100 * ((run % 2) + 1) + 1, stamp, deviceId);
        },
        UPDATE_WARMUP_RUNS,
      );
      // Leave the cached database as it was.
      await unwrap(backend.dispatch('deals.update', { id: deal.id, patch: { valueMinor: deal.value_minor } }));
      figures.push(compareFigure('single deal update via dispatch (with change log)', update, TARGETS.update));
    }

    if (wanted('timeline')) {
      log('bench: timeline page…\n');
      figures.push(...(await measureTimelineFigure(backend, raw.db, runs, unwrap)));
    }

    if (wanted('activities')) {
      log('bench: My day and the activities table…\n');
      figures.push(...(await measureActivityFigures(path, raw.db, runs, unwrap)));
    }

    if (wanted('leads')) {
      log('bench: leads inbox…\n');
      figures.push(...(await measureLeadsFigure(backend, raw.db, runs, unwrap)));
    }

    if (wanted('custom')) {
      log('bench: deals page by a custom number field…\n');
      figures.push(...(await measureCustomFieldFigures(backend, raw.db, runs, unwrap)));
    }

    if (wanted('search')) {
      log('bench: workspace search…\n');
      figures.push(...(await measureSearchFigure(backend, raw.db, runs, unwrap)));
    }

    if (wanted('report')) {
      log('bench: weekly report and analytics data, PDF and XLSX…\n');
      figures.push(...(await measureReportFigures(backend, raw.db, runs, unwrap)));
    }

    if (wanted('automation')) {
      log('bench: automation rules on a deal update, the time-trigger scan…\n');
      figures.push(...(await measureAutomationFigures(backend, raw.db, runs, unwrap, log)));
    }

    if (wanted('sync')) {
      log('bench: a day of one rep written to the shared folder and applied here…\n');
      figures.push(...(await measureSyncFolderFigures(backend, runs, unwrap, log)));
    }

    if (wanted('bundle')) {
      log('bench: the whole workspace as one bundle, exported and imported onto an empty device…\n');
      figures.push(...(await measureFullBundleFigures(backend, log)));
    }
  } finally {
    raw.close();
    backend.close();
  }

  // After the bench's own connections closed: the encrypted twin is a copy of the checkpointed file.
  if (wanted('encryption')) {
    log('bench: the same work on an encrypted copy…\n');
    figures.push(...(await measureEncryptionFigures(path, runs, unwrap, log)));
  }

  if (wanted('import')) {
    figures.push(
      ...(await measureImportFigures({
        benchDbPath: path,
        // As many rows as the bench has deals (100,000), and ten times that for the memory figure.
        rows: deals,
        bigRows: deals * 10,
        importInChild: options.importInChild,
        log,
      })),
    );
  }

  figures.push({
    name: 'peak RSS of the bench process',
    unit: 'MB',
    value: process.resourceUsage().maxRSS / 1024,
    raw: null,
    ratio: null,
    target: null,
    met: null,
  });

  const report: BenchReport = {
    database: {
      path,
      fileBytes: build.fileBytes,
      deals: build.deals,
      activities: build.activities,
      messages: build.messages,
      reused,
      build,
    },
    runs,
    node: process.version,
    figures,
  };
  if (options.jsonPath) writeFileSync(options.jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  return report;
};
