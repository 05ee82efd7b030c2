/**
 * Deals-table bench (not part of `npm test`): `tsx --tsconfig tsconfig.test.json
 * test/bench/dealsList.bench.ts [deals=20000]`. Seeds a database with the generator once (cached
 * in the temp folder by size), then times `deals.list` as the Deals page calls it: the first page
 * in the default order, by title both ways (first and a deep page), and a search, median of runs.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DealsListInput } from '@shared/contract/schemas/deals';
import { type BenchFigure, formatBenchTable } from '../../src-main/bench/formatBenchTable';
import { createBackend } from '../../src-main/core/createBackend';
import { seedDatabase } from '../../src-main/core/seed/generate/seedDatabase';

const DAY = 86_400_000;
const RUNS = 15;
const deals = Number(process.argv[2] ?? 20_000);
const dbPath = join(tmpdir(), `voronka-deals-bench-${deals}.sqlite`);

if (!existsSync(dbPath)) {
  const backend = createBackend({ dbPath, platform: 'cli' });
  const end = Date.UTC(2026, 10, 1);
  seedDatabase(backend.db, { deals, seed: 7, lang: 'ru', start: end - 26 * 7 * DAY, end });
  backend.close();
}

const backend = createBackend({ dbPath, platform: 'cli' });
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const time = async (input: DealsListInput): Promise<{ ms: number; total: number }> => {
  const samples: number[] = [];
  let total = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const result = await backend.dispatch('deals.list', input as never);
    samples.push(performance.now() - started);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    total = (result.value as { total: number }).total;
  }
  return { ms: median(samples), total };
};

const cases: [string, DealsListInput][] = [
  ['newest first, page 1', { sort: { field: 'createdAt', dir: 'desc' }, limit: 25 }],
  ['title A→Я, page 1', { sort: { field: 'title', dir: 'asc' }, limit: 25 }],
  ['title Я→A, page 1', { sort: { field: 'title', dir: 'desc' }, limit: 25 }],
  ['title A→Я, page 400', { sort: { field: 'title', dir: 'asc' }, limit: 25, offset: 9975 }],
  ['open deals by title', { status: 'open', sort: { field: 'title', dir: 'asc' }, limit: 25 }],
  ['search "внедрение", newest', { search: 'внедрение', sort: { field: 'createdAt', dir: 'desc' }, limit: 25 }],
  ['search "внедрение", title', { search: 'внедрение', sort: { field: 'title', dir: 'asc' }, limit: 25 }],
];

const figures: BenchFigure[] = [];
for (const [name, input] of cases) {
  const { ms, total } = await time(input);
  figures.push({
    name: `deals.list ${name} (${total} rows)`,
    value: ms,
    unit: 'ms',
    raw: null,
    ratio: null,
    target: null,
    met: null,
  });
}
backend.close();
process.stdout.write(`${formatBenchTable(figures)}\n`);
