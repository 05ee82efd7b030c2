/**
 * Where the board's first screen spends its time (`npm run trace:ui [-- runs=3 deals=10000
 * out=DIR]`): cold loads of `#/pipeline` with a Chromium trace each, against the real HTTP host
 * over a seeded database, summarised as
 *   - marks: script loaded, first paint, board requested / answered / painted (ms from navigation);
 *   - requests: every request with its start and end (RPC calls named by method), in start order;
 *   - main thread: script compile and evaluation per file, style/layout/paint, GC totals;
 *   - long tasks (≥ 50 ms) with their start and what filled them.
 * With `out=DIR` each trace is kept as JSON for the DevTools Performance panel. The machine's load
 * average is printed with each run: other work on a shared machine moves every figure.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { seedBoard } from './support/seedBoard';
import { type Host, startHost } from './support/startHost';

type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; frame?: string } };
};

type Request = { what: string; start: number; end: number };

const arg = (key: string, fallback: string): string =>
  process.argv.find((value) => value.startsWith(`${key}=`))?.slice(key.length + 1) ?? fallback;

const RUNS = Number(arg('runs', '3'));
const DEALS = Number(arg('deals', '10000'));
const OUT = arg('out', '');

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  'toplevel',
].join(',');

/** Events on the page's main thread that show what a task did, summed by name. */
const WORK = {
  script: ['v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'EvaluateScript', 'FunctionCall', 'TimerFire'],
  render: ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'],
  gc: ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR'],
};

const round = (value: number) => Math.round(value);

const shortUrl = (url: string): string => url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');

const openAndTrace = async (browser: Browser, page: Page, url: string) => {
  const requests: Request[] = [];
  page.on('requestfinished', (request) => {
    const timing = request.timing();
    const method = request.method() === 'POST' ? (request.postDataJSON() as { method?: string } | null)?.method : null;
    requests.push({
      what: method ? `rpc ${method}` : shortUrl(request.url()),
      start: timing.startTime,
      end: timing.startTime + Math.max(0, timing.responseEnd),
    });
  });
  await browser.startTracing(page, { categories: CATEGORIES.split(',') });
  await page.goto(`${url}#/pipeline`);
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('voronka:board-painted')[0]?.startTime ?? null,
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  await handle.jsonValue();
  await page.waitForTimeout(300);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const [origin, firstPaint, firstContentfulPaint, boardRequested, boardReceived, boardPainted, scripts] =
    await page.evaluate(
      () =>
        [
          performance.timeOrigin,
          ...[
            'first-paint',
            'first-contentful-paint',
            'voronka:board-requested',
            'voronka:board-received',
            'voronka:board-painted',
          ].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN),
          performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.endsWith('.js'))
            .map((entry) => (entry as PerformanceResourceTiming).responseEnd),
        ] as [number, number, number, number, number, number, number[]],
    );
  const marks = {
    origin,
    scriptLoaded: scripts[0] ?? NaN,
    lastScriptLoaded: Math.max(...scripts),
    firstPaint,
    firstContentfulPaint,
    boardRequested,
    boardReceived,
    boardPainted,
  };
  return { trace, marks, requests };
};

type Run = Awaited<ReturnType<typeof openAndTrace>>;

/** The renderer's main thread of the traced page: the one that recorded the board's mark. */
const mainThread = (events: readonly TraceEvent[]) => {
  const mark = events.find((event) => event.name === 'voronka:board-painted');
  if (!mark) throw new Error('the trace has no voronka:board-painted mark');
  return { pid: mark.pid, tid: mark.tid };
};

const summarise = ({ trace, marks, requests }: Run, run: number): string => {
  const events = trace.traceEvents;
  const { pid, tid } = mainThread(events);
  const onMain = events.filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X');
  // Trace clocks are µs on their own base: place the board mark where performance.now() put it.
  const mark = events.find((event) => event.name === 'voronka:board-painted')!;
  const zero = mark.ts / 1000 - marks.boardPainted;
  const at = (event: TraceEvent) => event.ts / 1000 - zero;
  const until = marks.boardPainted;
  const early = onMain.filter((event) => at(event) <= until);

  const lines: string[] = [];
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  lines.push(`— run ${run + 1} (load average ${load})`);
  lines.push(
    `marks (ms from navigation): script loaded ${round(marks.scriptLoaded)}, last script ${round(marks.lastScriptLoaded)}, ` +
      `first paint ${round(marks.firstPaint)}, first contentful paint ${round(marks.firstContentfulPaint)}, ` +
      `board requested ${round(marks.boardRequested)}, answered ${round(marks.boardReceived)}, painted ${round(marks.boardPainted)}`,
  );

  lines.push('requests until the board painted (start → end, ms):');
  for (const request of [...requests].sort((a, b) => a.start - b.start)) {
    const start = request.start - marks.origin;
    if (start > until) continue;
    lines.push(
      `  ${String(round(start)).padStart(6)} → ${String(round(request.end - marks.origin)).padStart(6)}  ${request.what}`,
    );
  }

  const total = (names: readonly string[]) =>
    round(early.filter((event) => names.includes(event.name)).reduce((sum, event) => sum + (event.dur ?? 0) / 1000, 0));
  const topLevel = early.filter((event) => event.name === 'RunTask');
  const busy = round(topLevel.reduce((sum, event) => sum + (event.dur ?? 0) / 1000, 0));
  lines.push(
    `main thread until painted: busy ${busy} ms in tasks; compile ${total(['v8.compile', 'v8.compileModule'])} ms, ` +
      `evaluate modules ${total(['v8.evaluateModule'])} ms, script calls ${total(['FunctionCall', 'TimerFire'])} ms, ` +
      `style+layout ${total(['UpdateLayoutTree', 'Layout'])} ms, paint ${total(['PrePaint', 'Paint', 'Layerize', 'Commit'])} ms, ` +
      `GC ${total(WORK.gc)} ms`,
  );

  const perFile = new Map<string, number>();
  for (const event of early) {
    if (!['v8.compileModule', 'v8.evaluateModule', 'v8.compile', 'EvaluateScript'].includes(event.name)) continue;
    const url = event.args?.data?.url ?? event.args?.name ?? '';
    if (!url) continue;
    const key = `${event.name} ${shortUrl(url)}`;
    perFile.set(key, (perFile.get(key) ?? 0) + (event.dur ?? 0) / 1000);
  }
  for (const [key, ms] of [...perFile].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
    if (ms >= 1) lines.push(`  ${String(round(ms)).padStart(5)} ms  ${key}`);
  }

  lines.push('long tasks (≥ 50 ms) until painted (start, duration, what filled them):');
  for (const task of topLevel.filter((event) => (event.dur ?? 0) >= 50_000)) {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter(
      (event) =>
        event !== task &&
        event.ts >= task.ts &&
        event.ts < end &&
        [...WORK.script, ...WORK.render, ...WORK.gc].includes(event.name),
    );
    const byName = new Map<string, number>();
    for (const event of inside) byName.set(event.name, (byName.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
    const what = [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([name, ms]) => `${name} ${round(ms)}`)
      .join(', ');
    lines.push(
      `  ${String(round(at(task))).padStart(6)}  ${String(round((task.dur ?? 0) / 1000)).padStart(4)} ms  ${what}`,
    );
  }
  return lines.join('\n');
};

const main = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'voronka-trace-ui-'));
  const dbPath = join(dir, 'board.sqlite');
  let host: Host | null = null;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--no-sandbox'],
  });
  try {
    await seedBoard(dbPath, DEALS);
    host = await startHost(dbPath);
    const context = await browser.newContext({ viewport: { width: 1680, height: 940 }, locale: 'ru-RU' });
    // Warm the host and the asset cache, as the desktop app's disk would be.
    const warm = await context.newPage();
    await warm.goto(`${host.url}#/pipeline`);
    await warm.waitForSelector('[data-testid="deal-card"]');
    await warm.close();
    if (OUT) mkdirSync(OUT, { recursive: true });
    process.stdout.write(`trace:ui: the board with ${DEALS.toLocaleString('en')} open deals, ${RUNS} cold loads\n`);
    for (let run = 0; run < RUNS; run += 1) {
      const page = await context.newPage();
      const result = await openAndTrace(browser, page, host.url);
      process.stdout.write(`${summarise(result, run)}\n`);
      if (OUT) writeFileSync(join(OUT, `board-trace-${run + 1}.json`), JSON.stringify(result.trace));
      await page.close();
    }
  } finally {
    await browser.close();
    host?.child.kill('SIGTERM');
    await new Promise((done) => setTimeout(done, 300));
    rmSync(dir, { recursive: true, force: true });
  }
};

await main();
