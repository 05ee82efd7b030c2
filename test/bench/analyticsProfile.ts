/**
 * How long the Analytics page's request takes (`tsx --tsconfig tsconfig.test.json
 * test/bench/analyticsProfile.ts DB [runs]`): analytics.overview for the last full week and for
 * the quarter that ends with it over a bench database, and the weekly report's data and its
 * exports, medians of `runs` after a warm-up.
 */
import { createBackend } from '../../src-main/core/createBackend';
import { getSettings } from '../../src-main/core/modules/settings/settings.service';
import { analyticsOverview } from '../../src-main/core/modules/analytics/analytics.service';
import { kpiReport } from '../../src-main/core/modules/kpi/kpi.service';
import { isoWeekOf, localDateOf } from '../../src-shared/domain/kpi/previousPeriod';
import { periodRange } from '../../src-shared/domain/kpi/periodRange';
import type { KpiPeriod } from '../../src-shared/domain/kpi/KpiPeriod';

const DAY = 86_400_000;
const [path, runsText] = process.argv.slice(2);
if (!path) throw new Error('usage: analyticsProfile.ts DB [runs]');
const runs = Number(runsText ?? 3);
const backend = createBackend({ dbPath: path, platform: 'cli', trustOutputs: true });
const db = backend.db;
const timeZone = getSettings(db)['workspace.timeZone'];
const last = db.sqlite.prepare('SELECT max(at) FROM stage_transitions').pluck().get() as number;
const week = isoWeekOf(last - 7 * DAY, timeZone);
const end = periodRange({ kind: 'week', week }, timeZone).to - 1;
const periods: [string, KpiPeriod][] = [
  ['week', { kind: 'week', week }],
  ['quarter', { kind: 'custom', from: localDateOf(end - 91 * DAY, timeZone), to: localDateOf(end, timeZone) }],
  ['twoYears', { kind: 'custom', from: localDateOf(end - 2 * 365 * DAY, timeZone), to: localDateOf(end, timeZone) }],
];

const median = (work: () => unknown): number => {
  work();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const began = performance.now();
    work();
    times.push(performance.now() - began);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
};

for (const [name, period] of periods) {
  const overview = median(() => analyticsOverview(db, { period, filters: {} }, Date.now()));
  const report = median(() => kpiReport(db, { period, filters: {}, compare: true }, Date.now()));
  console.log(`${name.padEnd(9)} analytics.overview ${overview.toFixed(0).padStart(6)} ms   kpi.report (with previous) ${report.toFixed(0).padStart(6)} ms`);
}
backend.close();
