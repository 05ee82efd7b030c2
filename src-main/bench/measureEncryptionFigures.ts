import { existsSync, statSync } from 'node:fs';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { type Backend, createBackend } from '../core/createBackend';
import { rekeyedCopy } from '../core/db/encryption/rekeyedCopy';
import type { BenchFigure } from './formatBenchTable';
import { measurePair, UPDATE_WARMUP_RUNS } from './measure';

/** Issue 15: what encryption at rest may cost over the same work on the plain file. */
export const ENCRYPTION_RATIO_LIMIT = 1.3;
/** The plain workspace's cold-open budget (runBench's TARGETS.coldOpen), key derivation included. */
const COLD_OPEN_LIMIT_MS = 300;

/** Only the bench's own throwaway copy is keyed with it. */
const BENCH_KEY = 'voronka-bench-passphrase';

type Unwrap = <T>(
  envelope: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>,
) => Promise<T>;

/**
 * The encrypted twin of the bench database, made once per build (rekeying 100,000 deals rewrites
 * every page, minutes) and made again when the plain file was rebuilt after it.
 */
export const encryptedTwin = (path: string, log: (text: string) => void): string => {
  const twin = `${path}.encrypted`;
  if (existsSync(twin) && statSync(twin).mtimeMs >= statSync(path).mtimeMs) return twin;
  log(`bench: writing an encrypted copy of the database for the encryption figures…\n`);
  // The plain file is closed and checkpointed here (the bench's own connections are closed).
  rekeyedCopy(path, twin, null, BENCH_KEY);
  return twin;
};

const openBackend = (dbPath: string, key: string | null): Backend =>
  createBackend({ dbPath, platform: 'cli', trustOutputs: true, key });

/**
 * The encrypted side against the plain one: the ratio is what encryption costs. An open is held to
 * the cold-open time instead: it pays the key derivation once, by design slow against guessing.
 */
const encryptionFigure = (
  name: string,
  times: { app: number; raw: number },
  openLimitMs: number | null = null,
): BenchFigure => {
  const ratio = times.app / times.raw;
  return {
    name,
    unit: 'ms',
    value: times.app,
    raw: times.raw,
    ratio,
    target: openLimitMs === null ? `≤ ${ENCRYPTION_RATIO_LIMIT}× plain` : `≤ ${openLimitMs} ms`,
    met: openLimitMs === null ? ratio <= ENCRYPTION_RATIO_LIMIT : times.app <= openLimitMs,
  };
};

const openBoardClose = async (
  dbPath: string,
  key: string | null,
  boardInput: { pipelineId: string; limitPerStage: number },
  unwrap: Unwrap,
): Promise<void> => {
  const backend = openBackend(dbPath, key);
  try {
    await unwrap(backend.dispatch('deals.board', boardInput));
  } finally {
    backend.close();
  }
};

/** The most recently created open deal: a card a rep edits. */
const someOpenDeal = (backend: Backend): { id: string; value_minor: number } =>
  backend.db.sqlite
    .prepare(
      "SELECT id, value_minor FROM deals WHERE status = 'open' AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 1",
    )
    .get() as { id: string; value_minor: number };

/**
 * The same everyday work through the app on the plain database and on its SQLCipher twin, in
 * alternation: warm board, a list page, a deal update (page writes and the change log) and the
 * cold open. The "raw" column here is the plain file, so the ratio is encryption's cost alone.
 * The cold open also pays the key derivation (PBKDF2-SHA512, 256,000 rounds), once per open.
 */
export const measureEncryptionFigures = async (
  path: string,
  runs: number,
  unwrap: Unwrap,
  log: (text: string) => void,
): Promise<BenchFigure[]> => {
  const twin = encryptedTwin(path, log);
  const boardInput = { pipelineId: DEFAULT_PIPELINE.id, limitPerStage: 20 };
  const coldOpen = await measurePair(
    runs,
    () => openBoardClose(twin, BENCH_KEY, boardInput, unwrap),
    () => openBoardClose(path, null, boardInput, unwrap),
  );

  const plain = openBackend(path, null);
  const encrypted = openBackend(twin, BENCH_KEY);
  try {
    const onBoth = (work: (backend: Backend, run: number) => Promise<void>, warmup?: number) =>
      measurePair(
        runs,
        (run) => work(encrypted, run),
        (run) => work(plain, run),
        warmup,
      );
    const board = await onBoth(async (backend) => {
      await unwrap(backend.dispatch('deals.board', boardInput));
    });
    const list = await onBoth(async (backend) => {
      await unwrap(
        backend.dispatch('deals.list', { status: 'open', sort: { field: 'valueMinor', dir: 'desc' }, limit: 50 }),
      );
    });
    // The same deal on both files (the twin is a copy); its value is put back afterwards.
    const deal = someOpenDeal(plain);
    const setValue = (backend: Backend, valueMinor: number) =>
      unwrap(backend.dispatch('deals.update', { id: deal.id, patch: { valueMinor } }));
    const update = await onBoth(async (backend, run) => {
      await setValue(backend, deal.value_minor + 100 * ((run % 2) + 1));
    }, UPDATE_WARMUP_RUNS);
    for (const backend of [encrypted, plain]) await setValue(backend, deal.value_minor);
    return [
      encryptionFigure('encrypted: cold open + board, with key derivation', coldOpen, COLD_OPEN_LIMIT_MS),
      encryptionFigure('encrypted: board with 20 cards/stage (warm)', board),
      encryptionFigure('encrypted: deals.list, open, by value, page of 50', list),
      encryptionFigure('encrypted: single deal update with change log', update),
    ];
  } finally {
    encrypted.close();
    plain.close();
  }
};
