import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Backend } from '../core/createBackend';
import { createBackend } from '../core/createBackend';
import { exportSyncBundle } from '../core/sync/bundle/exportSyncBundle';
import { importSyncBundle } from '../core/sync/bundle/importSyncBundle';
import type { BenchFigure } from './formatBenchTable';

/** Issue 11 acceptance: the whole workspace's bundle within 300 MB, exported and imported within a minute each. */
const BUNDLE_TARGET_MB = 300;
const BUNDLE_TARGET_S = 60;
const MB = 1024 * 1024;

const figure = (name: string, unit: BenchFigure['unit'], value: number, target: number): BenchFigure => ({
  name,
  unit,
  value,
  raw: null,
  ratio: null,
  target: `≤ ${target} ${unit}`,
  met: value <= target,
});

/**
 * The bundle transport at full size (DESIGN §7, transport 1): everything the bench database holds
 * exported to one signed, compressed bundle, then imported onto a new, empty device — a laptop
 * joining the team from a USB stick. One run each: each takes tens of seconds and the import
 * leaves a second workspace behind (removed afterwards).
 */
export const measureFullBundleFigures = async (
  backend: Backend,
  log: (text: string) => void,
): Promise<BenchFigure[]> => {
  const dir = mkdtempSync(join(tmpdir(), 'voronka-bench-bundle-'));
  try {
    const exportBegan = performance.now();
    const { bytes, messageCount } = exportSyncBundle(backend.db, { kind: 'all' }, Date.now());
    const exportSeconds = (performance.now() - exportBegan) / 1000;
    log(
      `bench: full bundle of ${messageCount} messages, ${(bytes.length / MB).toFixed(0)} MB, in ${exportSeconds.toFixed(1)} s; importing…\n`,
    );

    const empty = createBackend({ dbPath: join(dir, 'new-device.sqlite'), platform: 'cli', trustOutputs: true });
    let importSeconds: number;
    let searchSeconds: number;
    let applied: number;
    try {
      const importBegan = performance.now();
      const { report } = await empty.runLocal((ctx) => importSyncBundle(ctx, bytes));
      importSeconds = (performance.now() - importBegan) / 1000;
      applied = report.applied;
      // The workspace is in use from the commit on; the search finds its records once caught up.
      const searchBegan = performance.now();
      await empty.searchCaughtUp();
      searchSeconds = (performance.now() - searchBegan) / 1000;
    } finally {
      empty.close();
    }
    log(
      `bench: full bundle imported onto an empty device (${applied} applied) in ${importSeconds.toFixed(1)} s; search caught up ${searchSeconds.toFixed(1)} s later\n`,
    );
    return [
      figure('bundle: everything of the bench database, file size', 'MB', bytes.length / MB, BUNDLE_TARGET_MB),
      figure('bundle: everything exported (read, encode, compress, sign)', 's', exportSeconds, BUNDLE_TARGET_S),
      figure('bundle: that file imported onto an empty device', 's', importSeconds, BUNDLE_TARGET_S),
      {
        name: 'bundle: then the search caught up with its records (in steps, the app in use)',
        unit: 's',
        value: searchSeconds,
        raw: null,
        ratio: null,
        target: null,
        met: null,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
