import { describe, it } from 'vitest';
import { runSyncFuzz } from './syncFuzz';

// `npm test` runs a few cases; `npm run test:sync-fuzz` sets SYNC_FUZZ_RUNS=10000 (nightly size).
const RUNS = Number(process.env.SYNC_FUZZ_RUNS ?? 12);
const SEED = process.env.SYNC_FUZZ_SEED === undefined ? undefined : Number(process.env.SYNC_FUZZ_SEED);

describe('sync convergence (property)', () => {
  it(
    `3–5 replicas acting and exchanging messages in any order converge byte for byte (${RUNS} cases)`,
    async () => {
      await runSyncFuzz(RUNS, SEED);
    },
    Math.max(30_000, RUNS * 3_000),
  );
});
