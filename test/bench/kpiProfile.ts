/**
 * Where the KPI report spends its time (`tsx --tsconfig tsconfig.test.json test/bench/kpiProfile.ts
 * DB [runs]`): the weekly report (week and the one before) and two years of analytics over a bench
 * database, each statement timed by its SQL text, and the pure computation apart.
 */
import { createBackend } from '../../src-main/core/createBackend';
import { getSettings } from '../../src-main/core/modules/settings/settings.service';
import { kpiReport } from '../../src-main/core/modules/kpi/kpi.service';
import { isoWeekOf, localDateOf } from '../../src-shared/domain/kpi/previousPeriod';
import { periodRange } from '../../src-shared/domain/kpi/periodRange';
import type { KpiPeriod } from '../../src-shared/domain/kpi/KpiPeriod';

const DAY = 86_400_000;
const [path, runsText] = process.argv.slice(2);
if (!path) throw new Error('usage: kpiProfile.ts DB [runs]');
const runs = Number(runsText ?? 3);
const backend = createBackend({ dbPath: path, platform: 'cli', trustOutputs: true });
const db = backend.db;
const timeZone = getSettings(db)['workspace.timeZone'];
const last = db.sqlite.prepare('SELECT max(at) FROM stage_transitions').pluck().get() as number;
const week = isoWeekOf(last - 7 * DAY, timeZone);
const end = periodRange({ kind: 'week', week }, timeZone).to - 1;
const periods: [string, KpiPeriod, boolean][] = [
  ['weekly', { kind: 'week', week }, true],
  ['twoYears', { kind: 'custom', from: localDateOf(end - 2 * 365 * DAY, timeZone), to: localDateOf(end, timeZone) }, false],
];

let times = new Map<string, number>();
const statementProto = Object.getPrototypeOf(db.sqlite.prepare('SELECT 1')) as Record<string, unknown>;
for (const method of ['all', 'get', 'run', 'iterate']) {
  const original = statementProto[method] as (...args: unknown[]) => unknown;
  statementProto[method] = function (this: { source: string }, ...args: unknown[]) {
    const began = performance.now();
    try {
      return original.apply(this, args);
    } finally {
      const text = this.source.replace(/\s+/g, ' ');
      const from = text.indexOf(' FROM ');
      const key = `${text.slice(0, 50)} …${text.slice(from, from + 200)}`;
      times.set(key, (times.get(key) ?? 0) + performance.now() - began);
    }
  };
}

for (const [name, period, compare] of periods) {
  kpiReport(db, { period, filters: {}, compare }, Date.now());
  const totals: number[] = [];
  const sums = new Map<string, number>();
  for (let run = 0; run < runs; run += 1) {
    times = new Map();
    const began = performance.now();
    kpiReport(db, { period, filters: {}, compare }, Date.now());
    totals.push(performance.now() - began);
    for (const [key, ms] of times) sums.set(key, (sums.get(key) ?? 0) + ms);
  }
  const total = totals.reduce((a, b) => a + b, 0) / runs;
  const inSql = [...sums.values()].reduce((a, b) => a + b, 0) / runs;
  console.log(`\n== ${name}: ${total.toFixed(0)} ms per report, SQL ${inSql.toFixed(0)} ms, JS ${(total - inSql).toFixed(0)} ms`);
  for (const [key, ms] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 14))
    console.log(`${(ms / runs).toFixed(1).padStart(8)} ms  ${key}`);
}
backend.close();
