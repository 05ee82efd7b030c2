import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importMappingSchema } from '@shared/contract/schemas/imports';
import { v7 as uuidv7 } from 'uuid';
import { createBackend } from '../core/createBackend';
import { runImport } from '../core/modules/imports/runImport';
import { defaultWorkerPath } from '../worker/defaultWorkerPath';
import { startBackendWorker } from '../worker/startBackendWorker';
import type { BenchFigure } from './formatBenchTable';
import { median } from './measure';

/** Issue 10's budgets for the import. */
export const IMPORT_TARGETS = { rowsPerSecond: 30_000, ofRaw: 0.25, peakRssMb: 300, listDuringImportMs: 50 } as const;

/**
 * What an import run in a child process reports (its own peak memory, not the bench's), and its
 * memory just before the import began (the code loaded, the workspace open): the import's share
 * of the peak is the difference.
 */
export type ImportRun = { rows: number; seconds: number; peakRssMb: number; rssBeforeMb: number };

const INDUSTRIES = ['Логистика', 'Розница', 'Машиностроение', 'ИТ', 'Сельское хозяйство'];
const REGIONS = ['Москва', 'Казань', 'Новосибирск', 'Екатеринбург', 'Краснодар'];

/** A companies CSV as a firm's export looks: `;`-separated, Russian headers, phones as typed. */
export const writeCompaniesCsv = (path: string, rows: number): void => {
  const lines = ['Название;Отрасль;Регион;Телефон;E-mail'];
  for (let row = 1; row <= rows; row += 1) {
    const phone = `+7 (9${String(row % 100).padStart(2, '0')}) ${String(row % 1000).padStart(3, '0')}-${String(row % 100).padStart(2, '0')}-${String((row * 7) % 100).padStart(2, '0')}`;
    lines.push(
      `ООО «Компания ${row}»;${INDUSTRIES[row % INDUSTRIES.length]};${REGIONS[row % REGIONS.length]};${phone};info${row}@company${row}.ru`,
    );
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
};

export const COMPANIES_MAPPING = importMappingSchema.parse({
  entity: 'companies',
  columns: { name: 'Название', industry: 'Отрасль', region: 'Регион', phone: 'Телефон', email: 'E-mail' },
});

/**
 * This process's own peak memory (MB). Linux carries `getrusage`'s peak over from the process that
 * spawned it (the bench, gigabytes after its bundle section), so the address space's own high-water
 * mark (`VmHWM`, its threads included) is read where there is one.
 */
const ownPeakRssMb = (): number => {
  const status = existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : '';
  const highWater = /^VmHWM:\s+(\d+) kB$/mu.exec(status)?.[1];
  return highWater === undefined ? process.resourceUsage().maxRSS / 1024 : Number(highWater) / 1024;
};

/** Imports `csvPath` into a new workspace at `dbPath` through the app's import (all or nothing, change log). */
export const importIntoNewWorkspace = async (dbPath: string, csvPath: string): Promise<ImportRun> => {
  const backend = createBackend({ dbPath, platform: 'cli', errorLog: { enabled: false } });
  try {
    const rssBeforeMb = process.memoryUsage().rss / 1024 / 1024;
    const began = performance.now();
    const summary = await backend.runLocal((ctx) =>
      runImport(ctx, {
        source: { path: csvPath },
        fileName: 'companies.csv',
        mapping: COMPANIES_MAPPING,
        dryRun: false,
      }),
    );
    const seconds = (performance.now() - began) / 1000;
    return { rows: summary.created, seconds, peakRssMb: ownPeakRssMb(), rssBeforeMb };
  } finally {
    backend.close();
  }
};

/**
 * The same rows by hand: one prepared INSERT per company in one transaction, with the keys the app
 * derives (sort and name keys, the normalised phone, facet keys), but no change log, search index
 * or import journal.
 */
const rawInsertSeconds = (dbPath: string, rows: number): number => {
  const backend = createBackend({ dbPath, platform: 'cli', errorLog: { enabled: false } });
  try {
    const sqlite = backend.db.sqlite;
    const insert = sqlite.prepare(
      `INSERT INTO companies (id, name, sort_key, name_key, industry, industry_key, region, region_key, phone,
         phone_normalized, email, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const now = Date.now();
    const began = performance.now();
    sqlite.transaction(() => {
      for (let row = 1; row <= rows; row += 1) {
        const name = `ООО «Компания ${row}»`;
        const industry = INDUSTRIES[row % INDUSTRIES.length] ?? '';
        const region = REGIONS[row % REGIONS.length] ?? '';
        const phone = `+7900${String(row).padStart(7, '0')}`;
        insert.run(
          uuidv7(),
          name,
          name.toLowerCase(),
          `компания ${row}`,
          industry,
          industry.toLowerCase(),
          region,
          region.toLowerCase(),
          phone,
          phone,
          `info${row}@company${row}.ru`,
          now,
          now,
        );
      }
    })();
    return (performance.now() - began) / 1000;
  } finally {
    backend.close();
  }
};

const figure = (
  name: string,
  unit: BenchFigure['unit'],
  value: number,
  target: string,
  met: boolean,
  raw: number | null = null,
): BenchFigure => ({
  name,
  unit,
  value,
  raw,
  ratio: raw === null ? null : value / raw,
  target,
  met,
});

/**
 * `deals.list` answered by the worker while it runs a dry run of the import on the bench database
 * (the same writes in steps as a real import, rolled back at the end, so the cached file stays
 * as it was): the window's responsiveness during an import.
 */
const listLatencyDuringImport = async (
  benchDbPath: string,
  csvPath: string,
  csvBase64: () => string,
): Promise<number[]> => {
  const worker = await startBackendWorker({
    workerPath: defaultWorkerPath(),
    options: { dbPath: benchDbPath, platform: 'cli' },
  });
  try {
    let running = true;
    const importing = worker
      .dispatch('imports.run', { fileName: csvPath, base64: csvBase64(), mapping: COMPANIES_MAPPING, dryRun: true })
      .finally(() => {
        running = false;
      });
    const latencies: number[] = [];
    // The first answers wait for the worker to take the upload; time the calls made while it writes.
    while (running) {
      const began = performance.now();
      const answer = await worker.dispatch('deals.list', { status: 'open', limit: 50 });
      if (!answer.ok) throw new Error(answer.error.message);
      if (running) latencies.push(performance.now() - began);
    }
    const result = await importing;
    if (!result.ok) throw new Error(result.error.message);
    return latencies;
  } finally {
    await worker.close();
  }
};

const percentile = (values: readonly number[], share: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
};

/**
 * Issue 10's import figures: throughput of a companies CSV of `rows` rows into a new workspace
 * against raw prepared inserts, the peak memory of an import of `bigRows` rows (in a child
 * process, so the figure is the import's alone), and `deals.list` latency on the bench database
 * while an import runs in the worker.
 */
export const measureImportFigures = async (options: {
  benchDbPath: string;
  rows: number;
  bigRows: number;
  importInChild: (dbPath: string, csvPath: string) => Promise<ImportRun>;
  log: (text: string) => void;
}): Promise<BenchFigure[]> => {
  const dir = mkdtempSync(join(tmpdir(), 'voronka-import-bench-'));
  try {
    const csv = join(dir, 'companies.csv');
    writeCompaniesCsv(csv, options.rows);
    options.log(`bench: importing ${options.rows.toLocaleString('en')} companies…\n`);
    const run = await options.importInChild(join(dir, 'app.sqlite'), csv);
    const rawSeconds = rawInsertSeconds(join(dir, 'raw.sqlite'), options.rows);
    const appRate = run.rows / run.seconds;
    const rawRate = options.rows / rawSeconds;

    options.log('bench: deals.list while an import runs…\n');
    const latencies = await listLatencyDuringImport(options.benchDbPath, csv, () =>
      readFileSync(csv).toString('base64'),
    );

    const big = join(dir, 'big.csv');
    writeCompaniesCsv(big, options.bigRows);
    options.log(`bench: importing ${options.bigRows.toLocaleString('en')} companies for peak memory…\n`);
    const bigRun = await options.importInChild(join(dir, 'big.sqlite'), big);
    return [
      figure(
        'import: companies CSV into a new workspace, rows per second',
        '/s',
        appRate,
        `≥ ${IMPORT_TARGETS.rowsPerSecond.toLocaleString('en')}/s, ≥ ${IMPORT_TARGETS.ofRaw}× raw`,
        appRate >= IMPORT_TARGETS.rowsPerSecond && appRate / rawRate >= IMPORT_TARGETS.ofRaw,
        rawRate,
      ),
      figure(
        'import: peak RSS of a ten times larger import (own process)',
        'MB',
        bigRun.peakRssMb,
        `≤ ${IMPORT_TARGETS.peakRssMb} MB`,
        bigRun.peakRssMb <= IMPORT_TARGETS.peakRssMb,
      ),
      figure(
        'import: the same, less the process before the import (code loaded, workspace open)',
        'MB',
        bigRun.peakRssMb - bigRun.rssBeforeMb,
        `≤ ${IMPORT_TARGETS.peakRssMb} MB`,
        bigRun.peakRssMb - bigRun.rssBeforeMb <= IMPORT_TARGETS.peakRssMb,
      ),
      figure(
        'import: deals.list while an import runs, median',
        'ms',
        median(latencies),
        `≤ ${IMPORT_TARGETS.listDuringImportMs} ms`,
        median(latencies) <= IMPORT_TARGETS.listDuringImportMs,
      ),
      figure(
        'import: deals.list while an import runs, p95',
        'ms',
        percentile(latencies, 0.95),
        `≤ ${IMPORT_TARGETS.listDuringImportMs} ms`,
        percentile(latencies, 0.95) <= IMPORT_TARGETS.listDuringImportMs,
      ),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
