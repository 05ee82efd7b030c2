import type { BenchFigure } from './formatBenchTable';

/** The most the app may cost over the hand-written SQL doing the same work. */
export const RAW_RATIO_LIMIT = 2;

/** A timed figure against its raw-SQL twin: met when under `limit` ms and within the ratio. */
export const compareFigure = (name: string, times: { app: number; raw: number }, limit: number): BenchFigure => {
  const ratio = times.app / times.raw;
  return {
    name,
    unit: 'ms',
    value: times.app,
    raw: times.raw,
    ratio,
    target: `≤ ${limit} ms, ≤ ${RAW_RATIO_LIMIT}× raw`,
    met: times.app <= limit && ratio <= RAW_RATIO_LIMIT,
  };
};
