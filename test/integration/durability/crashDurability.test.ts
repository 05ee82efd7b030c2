import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../src-main/core/createBackend';

/**
 * Crash durability: a writer process is killed with SIGKILL at a random moment while it creates
 * deals, moves them and imports companies; after each kill the workspace is opened again (through
 * the app's own open path) and checked: every write the writer saw acknowledged is there, the one
 * in flight is there whole or not at all, SQLite's integrity and foreign-key checks pass, and every
 * deal and company has its change-log messages. `npm test` runs a few cycles;
 * `npm run test:durability` runs DURABILITY_CYCLES (100).
 */
const CYCLES = Number(process.env.DURABILITY_CYCLES ?? 3);
const SEED = Number(process.env.DURABILITY_SEED ?? Date.now() % 1_000_000);
const ROOT = join(import.meta.dirname, '..', '..', '..');
const CHILD_SOURCE = join(import.meta.dirname, 'writerChild.ts');
const IMPORT_ROWS = 120;

type Line = { type: 'ready' | 'intent' | 'ack' | 'refused'; op?: 'create' | 'move' | 'import'; [key: string]: unknown };

const dir = mkdtempSync(join(tmpdir(), 'voronka-durability-'));
const dbPath = join(dir, 'voronka.sqlite');
// Inside the project, so Node resolves better-sqlite3 from its node_modules.
const child = join(ROOT, 'node_modules', '.cache', 'voronka-durability', `writerChild-${process.pid}.mjs`);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(child, { force: true });
});

// The writer is bundled once (the core and its dependencies, better-sqlite3 left to Node), so each
// of the many restarts costs a Node start, not a TypeScript compile of the whole core.
beforeAll(async () => {
  await build({
    entryPoints: [CHILD_SOURCE],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    alias: { '@shared': join(ROOT, 'src-shared') },
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
}, 60_000);

/** Runs the writer, kills it `delayMs` after it is ready (or when it dies first), returns its lines. */
const runAndKill = (tag: string, seed: number, delayMs: number): Promise<Line[]> =>
  new Promise((resolve, reject) => {
    const writer = spawn(process.execPath, [child, dbPath, tag, String(seed)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    writer.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (timer === undefined && out.includes('"ready"')) timer = setTimeout(() => writer.kill('SIGKILL'), delayMs);
    });
    writer.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    writer.on('error', reject);
    writer.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`the writer ended on its own (${signal}): ${err}`));
      // A line cut by the kill is not a whole message: only complete lines count.
      const lines = out.split('\n').slice(0, -1);
      resolve(lines.map((line) => JSON.parse(line) as Line));
    });
  });

/** What must be in the file: deals' stages, titles created, imports done. */
type Model = { stageOf: Map<string, string>; titles: Set<string>; imports: Set<string> };

const single = <T>(rows: T[]): T => rows[0]!;

const verify = (model: Model, lines: Line[], cycle: number) => {
  const backend = createBackend({ dbPath, platform: 'test' });
  try {
    const { sqlite } = backend.db;
    const context = `cycle ${cycle} (seed ${SEED})`;
    expect(sqlite.pragma('integrity_check', { simple: true }), context).toBe('ok');
    expect(sqlite.pragma('foreign_key_check'), context).toEqual([]);
    const acked = lines.filter((line) => line.type === 'ack');
    const lastIntent = lines.filter((line) => line.type === 'intent').at(-1);
    const inFlight = lastIntent && lines.at(-1)?.type === 'intent' ? lastIntent : null;
    for (const line of acked) {
      if (line.op === 'create') {
        model.titles.add(line.title as string);
        model.stageOf.set(line.id as string, line.stageId as string);
      }
      if (line.op === 'move') model.stageOf.set(line.id as string, line.toStageId as string);
      if (line.op === 'import') model.imports.add(line.prefix as string);
    }
    // Every acknowledged write is there.
    const titleCount = sqlite.prepare('SELECT count(*) FROM deals WHERE title = ?').pluck();
    for (const title of model.titles) expect(titleCount.get(title), `${context}: deal ${title}`).toBe(1);
    const importCount = sqlite.prepare("SELECT count(*) FROM companies WHERE name LIKE ? || '-%'").pluck();
    for (const prefix of model.imports) expect(importCount.get(prefix), `${context}: import ${prefix}`).toBe(IMPORT_ROWS);
    const stageOf = sqlite.prepare('SELECT stage_id FROM deals WHERE id = ?').pluck();
    for (const [id, stage] of model.stageOf) {
      const actual = stageOf.get(id);
      // The move in flight may have committed before the kill: then its target, else the last acked.
      const allowed = inFlight?.op === 'move' && inFlight.id === id ? [stage, inFlight.toStageId] : [stage];
      expect(allowed, `${context}: stage of ${id}`).toContain(actual);
      model.stageOf.set(id, actual as string);
    }
    // The write in flight is whole or absent, never half.
    if (inFlight?.op === 'import') {
      const count = importCount.get(inFlight.prefix) as number;
      expect([0, IMPORT_ROWS], `${context}: import in flight`).toContain(count);
      if (count > 0) model.imports.add(inFlight.prefix as string);
    }
    if (inFlight?.op === 'create') {
      const row = sqlite.prepare('SELECT id, stage_id AS stageId FROM deals WHERE title = ?').all(inFlight.title) as {
        id: string;
        stageId: string;
      }[];
      expect(row.length, `${context}: create in flight`).toBeLessThanOrEqual(1);
      if (row.length === 1) {
        model.titles.add(inFlight.title as string);
        model.stageOf.set(single(row).id, single(row).stageId);
      }
    }
    // Every row came with its change-log messages and a deal with its stage history.
    expect(
      sqlite
        .prepare("SELECT count(*) FROM deals d WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.tbl = 'deals' AND c.row_id = d.id)")
        .pluck()
        .get(),
      `${context}: deals without change log`,
    ).toBe(0);
    expect(
      sqlite
        .prepare("SELECT count(*) FROM companies x WHERE NOT EXISTS (SELECT 1 FROM change_log c WHERE c.tbl = 'companies' AND c.row_id = x.id)")
        .pluck()
        .get(),
      `${context}: companies without change log`,
    ).toBe(0);
    expect(
      sqlite
        .prepare('SELECT count(*) FROM deals d WHERE NOT EXISTS (SELECT 1 FROM stage_transitions t WHERE t.deal_id = d.id AND t.to_stage_id = d.stage_id)')
        .pluck()
        .get(),
      `${context}: deals whose stage has no transition`,
    ).toBe(0);
    return { acked: acked.length };
  } finally {
    backend.close();
  }
};

describe('crash durability (SIGKILL during writes)', () => {
  it(`keeps every acknowledged write through ${CYCLES} kills`, { timeout: 120_000 + CYCLES * 15_000 }, async () => {
    const model: Model = { stageOf: new Map(), titles: new Set(), imports: new Set() };
    let random = SEED;
    const next = () => {
      random = (random * 1_103_515_245 + 12_345) % 2_147_483_648;
      return random / 2_147_483_648;
    };
    const started = Date.now();
    let acked = 0;
    for (let cycle = 0; cycle < CYCLES; cycle += 1) {
      const lines = await runAndKill(`c${cycle}`, Math.floor(next() * 1e9), Math.floor(20 + next() * 1_200));
      acked += verify(model, lines, cycle).acked;
    }
    process.stdout.write(
      `durability: ${CYCLES} SIGKILL cycles, ${acked} acknowledged writes (${model.titles.size} deals, ` +
        `${model.imports.size} imports), all present, in ${Date.now() - started} ms (seed ${SEED})\n`,
    );
    expect(acked).toBeGreaterThan(0);
  });
});
