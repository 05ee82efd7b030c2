import type { BackendOptions } from '../BackendOptions';
import type { Clock } from '../Clock';
import type { LongWrite } from '../createLongWrite';
import type { Db } from '../db/Db';
import { REPORT_WARM_UP_TIMING, type ReportWarmUpOptions, startReportWarmUp } from './startReportWarmUp';
import { openingReportWarmUps } from './warmOpeningReports';

export type OpeningReportWarmUp = {
  /** A call from the window came: the warm-up waits for quiet (the schedules' own calls do not count). */
  called(): void;
  stop(): void;
};

/**
 * The app's hosts warm what the report pages open on (`reportWarmUp`, by default with the daily
 * backup, for a file); null where nothing is warmed (the CLI, tests, samples, `:memory:`).
 */
export const startOpeningReportWarmUp = (
  options: Pick<BackendOptions, 'reportWarmUp' | 'autoBackup' | 'dbPath'>,
  deps: { db: Db; clock: Clock; longWrite: Pick<LongWrite, 'active'>; events: ReportWarmUpOptions['events'] },
): OpeningReportWarmUp | null => {
  const warmUp = options.reportWarmUp ?? options.autoBackup;
  if (warmUp === undefined || warmUp === false || options.dbPath === ':memory:') return null;
  let lastCallAt = performance.now();
  const { stop } = startReportWarmUp({
    // Not while an import's transaction is open: a report would be kept from its uncommitted rows.
    steps: openingReportWarmUps(deps.db, () => deps.clock.now()).map((step) => () => {
      if (!deps.longWrite.active()) step();
    }),
    lastCallAt: () => lastCallAt,
    events: deps.events,
    timing: warmUp === true ? REPORT_WARM_UP_TIMING : warmUp,
  });
  return {
    called() {
      lastCallAt = performance.now();
    },
    stop,
  };
};
