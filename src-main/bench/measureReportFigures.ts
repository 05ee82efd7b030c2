import type Database from 'better-sqlite3';
import { isoWeekOf, localDateOf } from '@shared/domain/kpi/previousPeriod';
import { periodRange } from '@shared/domain/kpi/periodRange';
import type { KpiPeriod } from '@shared/domain/kpi/KpiPeriod';
import type { Backend } from '../core/createBackend';
import { getSettings } from '../core/modules/settings/settings.service';
import { renderReport } from '../core/reports/exportReport';
import { warmOpeningReports } from '../core/reports/warmOpeningReports';
import { compareFigure } from './compareFigure';
import type { BenchFigure } from './formatBenchTable';
import { measurePair, median } from './measure';
import { prepareRawKpiBaseline } from './rawKpiBaseline';

export const REPORT_TARGETS = { weekly: 100, twoYears: 500, pdf: 3000, xlsx: 2000 } as const;

const DAY = 86_400_000;

type Unwrap = <T>(
  envelope: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>,
) => Promise<T>;

/** The last full ISO week of the data and the two years that end with it, in the workspace zone. */
const benchPeriods = (raw: Database.Database, timeZone: string): { week: KpiPeriod; twoYears: KpiPeriod } => {
  const last = (raw.prepare('SELECT max(at) FROM stage_transitions').pluck().get() as number | null) ?? Date.now();
  const week = isoWeekOf(last - 7 * DAY, timeZone);
  const end = periodRange({ kind: 'week', week }, timeZone).to - 1;
  return {
    week: { kind: 'week', week },
    twoYears: { kind: 'custom', from: localDateOf(end - 2 * 365 * DAY, timeZone), to: localDateOf(end, timeZone) },
  };
};

const timed = async (runs: number, work: () => Promise<unknown>): Promise<number> => {
  const times: number[] = [];
  for (let run = 0; run < runs + 1; run += 1) {
    const began = performance.now();
    await work();
    if (run > 0) times.push(performance.now() - began);
  }
  return median(times);
};

/** A computation the kept reports spare: shown with its raw twin, its target is the kept read's. */
const computedFigure = (name: string, times: { app: number; raw: number }): BenchFigure => ({
  name,
  unit: 'ms',
  value: times.app,
  raw: times.raw,
  ratio: times.app / times.raw,
  target: null,
  met: null,
});

const exportFigure = (name: string, value: number, limit: number): BenchFigure => ({
  name,
  unit: 'ms',
  value,
  raw: null,
  ratio: null,
  target: `≤ ${limit} ms`,
  met: value <= limit,
});

/**
 * The weekly report's data (the week against the previous one, as the Reports page and the CLI
 * ask for it), two years of analytics data, and the report rendered to PDF and XLSX. Each query
 * figure is paired with plain SQL aggregates of the same figures; exports have no raw twin. The
 * periods are closed: their reports are read as kept, and also timed computed afresh.
 */
export const measureReportFigures = async (
  backend: Backend,
  raw: Database.Database,
  runs: number,
  unwrap: Unwrap,
): Promise<BenchFigure[]> => {
  const timeZone = getSettings(backend.db)['workspace.timeZone'];
  const { week, twoYears } = benchPeriods(raw, timeZone);
  const baseline = prepareRawKpiBaseline(raw);
  const weekRange = periodRange(week, timeZone);
  const yearsRange = periodRange(twoYears, timeZone);
  const filters = {};

  const weeklyReport = async () => {
    await unwrap(backend.dispatch('kpi.report', { period: week, filters, compare: true }));
  };
  const weeklyRaw = () => {
    baseline(weekRange.from, weekRange.to);
    baseline(weekRange.from - 7 * DAY, weekRange.from);
  };
  const yearsReport = async () => {
    await unwrap(backend.dispatch('kpi.report', { period: twoYears, filters, compare: false }));
  };
  const yearsRaw = () => {
    baseline(yearsRange.from, yearsRange.to);
  };
  // Closed periods: the first run computes and keeps the reports (m0081), the timed ones read them
  // back, as a manager's second look at last week does until a write reaches it.
  const weekly = await measurePair(runs, weeklyReport, weeklyRaw);
  const years = await measurePair(Math.min(runs, 7), yearsReport, yearsRaw, 1);
  // The Reports page's first look after the app's warm-up (as on the Monday after the week): the
  // preview reads the kept report. A commit by the other connection (here one that changes no
  // figure) comes before each look, so the in-memory load of the look before is not what is read.
  warmOpeningReports(backend.db, weekRange.to + DAY);
  const otherCommit = () => raw.exec('UPDATE kpi_period_reports SET stored_at = stored_at');
  const firstLook = await measurePair(
    runs,
    async () => {
      await unwrap(backend.dispatch('reports.preview', { period: week, filters, language: 'ru' }));
    },
    weeklyRaw,
    3,
    otherCommit,
  );
  // The same after a write that reaches the periods: each run computes them again.
  const dropKept = () => raw.exec('DELETE FROM kpi_period_reports');
  const weeklyAfresh = await measurePair(runs, weeklyReport, weeklyRaw, 3, dropKept);
  const yearsAfresh = await measurePair(Math.min(runs, 7), yearsReport, yearsRaw, 1, dropKept);
  const exportRuns = Math.min(runs, 5);
  const now = Date.now();
  const pdf = await timed(exportRuns, () =>
    renderReport(backend.db, { period: week, filters, format: 'pdf', language: 'ru' }, now),
  );
  const xlsx = await timed(exportRuns, () =>
    renderReport(backend.db, { period: week, filters, format: 'xlsx', language: 'ru' }, now),
  );
  return [
    compareFigure('weekly report data: kpi.report, last full week vs the one before', weekly, REPORT_TARGETS.weekly),
    compareFigure('analytics data: kpi.report over two years', years, REPORT_TARGETS.twoYears),
    compareFigure(
      'Reports page first look after the warm-up: reports.preview, last full week',
      firstLook,
      REPORT_TARGETS.weekly,
    ),
    computedFigure('weekly report data computed afresh (after a write reaching the weeks)', weeklyAfresh),
    computedFigure('two years of analytics data computed afresh', yearsAfresh),
    exportFigure('weekly report PDF (ru, with charts)', pdf, REPORT_TARGETS.pdf),
    exportFigure('weekly report XLSX (ru)', xlsx, REPORT_TARGETS.xlsx),
  ];
};
