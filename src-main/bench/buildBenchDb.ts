import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createBackend } from '../core/createBackend';

const DAY = 86_400_000;
/** A fixed window keeps the cached database valid across days (it only has to be in the past). */
const BENCH_END = Date.UTC(2026, 10, 1);

export type BuildInfo = {
  deals: number;
  activities: number;
  messages: number;
  /** Generator wall time (plan + write), and the close that checkpoints and runs PRAGMA optimize. */
  seedSeconds: number;
  closeSeconds: number;
  split: { planMs: number; buildMs: number; rowsMs: number; messagesMs: number; commitMs: number };
  fileBytes: number;
  builtAt: string;
};

export const buildInfoPath = (path: string): string => `${path}.build.json`;

export const readBuildInfo = (path: string): BuildInfo | null =>
  existsSync(path) && existsSync(buildInfoPath(path))
    ? (JSON.parse(readFileSync(buildInfoPath(path), 'utf8')) as BuildInfo)
    : null;

/**
 * Seeds a new bench database through the public generator and records how long it took. Built
 * under a temporary name and renamed, so an interrupted build is never mistaken for a cached one.
 * The generator (and faker's catalogues) load here only: the bench's other children, the import's
 * among them, measure their peak memory and should carry what the app's core does, not more.
 */
export const buildBenchDb = async (
  path: string,
  deals: number,
  seed: number,
  progress: (text: string) => void,
): Promise<BuildInfo> => {
  const { seedDatabase } = await import('../core/seed/generate/seedDatabase');
  const building = `${path}.building`;
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${building}${suffix}`, { force: true });
  const end = Math.min(BENCH_END, Math.floor(Date.now() / DAY) * DAY);
  const backend = createBackend({ dbPath: building, platform: 'cli' });
  let summary;
  let closeSeconds: number;
  try {
    summary = seedDatabase(backend.db, {
      deals,
      seed,
      lang: 'ru',
      start: end - 26 * 7 * DAY,
      end,
      onProgress: (step) =>
        progress(
          `bench: seeding ${step.dealsWritten}/${step.dealsTotal} deals (${(step.elapsedMs / 1000).toFixed(1)} s)\n`,
        ),
    });
  } finally {
    const closing = performance.now();
    backend.close();
    closeSeconds = (performance.now() - closing) / 1000;
  }
  renameSync(building, path);
  const info: BuildInfo = {
    deals: summary.rows.deals ?? 0,
    activities: summary.rows.activities ?? 0,
    messages: summary.messages,
    seedSeconds: summary.totalMs / 1000,
    closeSeconds,
    split: {
      planMs: Math.round(summary.planMs),
      buildMs: Math.round(summary.buildMs),
      rowsMs: Math.round(summary.rowsMs),
      messagesMs: Math.round(summary.messagesMs),
      commitMs: Math.round(summary.commitMs),
    },
    fileBytes: statSync(path).size,
    builtAt: new Date().toISOString(),
  };
  writeFileSync(buildInfoPath(path), `${JSON.stringify(info, null, 2)}\n`);
  return info;
};
