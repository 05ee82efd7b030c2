import type { AnalyticsOverview } from '@shared/contract/schemas/analytics';

export type PeriodStatus = 'complete' | 'running' | 'future' | 'empty';

/**
 * What the page says about the period before its figures: not started, still running (figures
 * as of now), or nothing happened in it (every count zero) — so an empty chart is never a mystery.
 */
export const periodStatus = (data: AnalyticsOverview, now: number): PeriodStatus => {
  const { report, funnel, speedToLead } = data.current;
  if (report.period.from > now) return 'future';
  const nothing =
    funnel.every((row) => row.entered === 0) &&
    report.won.count === 0 &&
    report.lost.count === 0 &&
    speedToLead.every((row) => row.count === 0) &&
    Object.values(report.timeInStageDays).every((stage) => stage.n === 0) &&
    report.reps.length === 0;
  if (nothing) return 'empty';
  return report.period.to > now ? 'running' : 'complete';
};
