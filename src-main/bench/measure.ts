export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/**
 * Warm-up runs of a deal update's figures. A tenth of a millisecond each: three warm-up runs left
 * most of the timed ones to V8's first, unoptimised passes (the median of 31 was 2.5–3.9× raw,
 * ~1.5–1.8× once warm), where every other figure's run is long enough to warm up within itself.
 */
export const UPDATE_WARMUP_RUNS = 300;

/**
 * Medians of the app's work and its raw baseline, timed in alternation (app, raw, app, raw …) so a
 * burst of load on the machine hits both sides alike instead of skewing their ratio. The baseline
 * may be asynchronous too (the encryption figures time the app on two files).
 */
export const measurePair = async (
  runs: number,
  app: (run: number) => Promise<void>,
  raw: (run: number) => void | Promise<void>,
  warmup = 3,
  /** Untimed, before each run of the app (a state the app's run must start from). */
  before?: (run: number) => void,
): Promise<{ app: number; raw: number }> => {
  const appTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let run = 0; run < warmup + runs; run += 1) {
    before?.(run);
    let began = performance.now();
    await app(run);
    const appTime = performance.now() - began;
    began = performance.now();
    // A synchronous baseline is not awaited: a microtask would be charged to it.
    const pending = raw(run);
    if (pending instanceof Promise) await pending;
    const rawTime = performance.now() - began;
    if (run >= warmup) {
      appTimes.push(appTime);
      rawTimes.push(rawTime);
    }
  }
  return { app: median(appTimes), raw: median(rawTimes) };
};
