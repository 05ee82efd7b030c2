/**
 * UI bench (not part of `npm test`; `npm run bench:ui`): the pipeline board with 10,000 open
 * deals in Debian's Chromium against the real HTTP host.
 *   - board open: navigation → the first frame with cards painted (the board's own
 *     `voronka:board-painted` mark), median of 7 fresh page loads;
 *   - card move: drop → core confirmed → board settled (`voronka:move-start` → `move-settled`,
 *     which includes the reconcile read of the moved card), median of 20 pointer drags;
 *   - deal drawer: a click on a card → the drawer showing the deal's value, on screen;
 *   - deals table (10,000 rows): a click on "next page" → the next page's rows on screen, and a
 *     click on the title header → the rows in the other order on screen;
 *   - My day (90 planned tasks) and Analytics: a click on the sidebar link from the board → the
 *     page's content on screen (My day: its task lists; Analytics: the KPI heading and every chart
 *     drawn or said empty). The first open of each downloads the page's chunk (ECharts for
 *     Analytics), as a user's first visit does; the p95 is that first open.
 * Budgets (issue 14): board painted ≤ 700 ms median and ≤ 1,000 ms p95; the first board request
 * ≤ 150 ms after the script loaded; card move ≤ 35 ms median and ≤ 60 ms p95; drawer open
 * ≤ 150 ms; table page change ≤ 100 ms (sorting is held to the same). My day and Analytics have no
 * figure in the issue; theirs (My day ≤ 200 ms median and ≤ 250 ms p95, Analytics ≤ 400 and ≤ 800)
 * are what a click in the sidebar may take and still feel immediate, charts included. My day's
 * first open is held below 300 ms: a page that suspends on its way in is held back by React 19
 * until 300 ms after its fallback showed (PageContent shows a plain placeholder instead, and the
 * first open took 101–107 ms on a quiet machine; 414–441 ms when it suspended). The ratio column is the
 * figure over its budget; the load average is printed, as other work on the machine moves it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { type BenchFigure, formatBenchTable } from '../../src-main/bench/formatBenchTable';
import { seedBoard } from './support/seedBoard';
import { type Host, startHost } from './support/startHost';
import { timeAction } from './support/timeAction';

const OPEN_DEALS = 10_000;
const OPEN_RUNS = Number(process.env.OPEN_RUNS ?? 7);
const MOVE_RUNS = Number(process.env.MOVE_RUNS ?? 20);
const CLICK_RUNS = 9;
const TASKS = 90;

const DRAWER_READY = `document.querySelector('[data-testid="deal-drawer"] [data-testid="drawer-value"]')`;

/** Opens a card's drawer and closes it again: click → the deal's value on screen. */
const openDrawerOnce = async (page: Page, dealId: string): Promise<number> => {
  const ms = await timeAction(page, `[data-testid="deal-card"][data-deal-id="${dealId}"]`, DRAWER_READY);
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid="deal-drawer"]', { state: 'detached' });
  return ms;
};

/** Ids of the cards shown in a column the card moves do not touch (the third stage). */
const untouchedCardIds = (page: Page): Promise<string[]> =>
  page
    .locator(`${columnSelector(DEFAULT_STAGES[2]!.id)} [data-testid="deal-card"]`)
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-deal-id') ?? ''));

const MY_DAY_READY = `document.querySelector('[data-testid="my-day-overdue"] li') !== null && document.querySelector('[data-testid="my-day-upcoming"] li') !== null`;
const ANALYTICS_READY =
  `document.querySelector('[data-testid="analytics-period-line"]') !== null && ` +
  `document.querySelectorAll('.analytics-chart').length > 0 && ` +
  `[...document.querySelectorAll('.analytics-chart')].every((chart) => chart.querySelector('svg, .analytics-chart-empty'))`;

/** From the board, a click on a sidebar link → the page ready on screen; then back to the board. */
const openFromBoard = async (page: Page, hash: string, ready: string): Promise<number> => {
  const ms = await timeAction(page, `nav a[href="${hash}"]`, ready);
  await page.click('nav a[href="#/pipeline"]');
  await page.waitForSelector(FIRST_CARD);
  return ms;
};

const FIRST_ROW_TEXT = `document.querySelector('table tbody tr')?.textContent`;

/** Clicks `selector` on the Deals table and times it until the first row is another one, on screen. */
const changeRowsOnce = async (page: Page, selector: string): Promise<number> => {
  const before = await page.evaluate(FIRST_ROW_TEXT);
  return timeAction(page, selector, `${FIRST_ROW_TEXT} !== ${JSON.stringify(before)}`);
};

/** The nearest-rank 95th percentile. */
const p95 = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
};

/** A figure against its budget (issue 14); the ratio column is the figure over the budget. */
const budget = (name: string, value: number, limit: number): BenchFigure => ({
  name,
  unit: 'ms',
  value,
  raw: null,
  ratio: value / limit,
  target: `≤ ${limit} ms`,
  met: value <= limit,
});

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

const FIRST_CARD = '[data-testid="board-column"] [data-testid="deal-card"]';

/** One cold page load of the board: ms from navigation start to the first painted frame with cards. */
type OpenTimes = { painted: number; requested: number; received: number; script: number; inDom: number };

/**
 * Records when the first card enters the DOM (the commit), so the bench can check that the
 * board's "painted" mark (a frame after the store received the board) does come after it.
 */
const FIRST_CARD_WATCH = `new MutationObserver((_, observer) => {
  if (!document.querySelector('[data-testid="deal-card"]')) return;
  window.__firstCardInDom = performance.now();
  observer.disconnect();
}).observe(document, { childList: true, subtree: true });`;

const openBoard = async (page: Page, url: string): Promise<OpenTimes> => {
  await page.goto(`${url}#/pipeline`);
  await page.waitForSelector(FIRST_CARD);
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('voronka:board-painted')[0]?.startTime ?? null,
    undefined,
    { polling: 'raf' },
  );
  await handle.jsonValue();
  const inDom = (await page.evaluate('window.__firstCardInDom ?? NaN')) as number;
  const [painted, requested, received, script] = await page.evaluate(() => [
    ...['voronka:board-painted', 'voronka:board-requested', 'voronka:board-received'].map(
      (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN,
    ),
    (
      performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.js')) as
        PerformanceResourceTiming | undefined
    )?.responseEnd ?? NaN,
  ]);
  return {
    painted: painted ?? NaN,
    requested: requested ?? NaN,
    received: received ?? NaN,
    script: script ?? NaN,
    inDom,
  };
};

/**
 * Each move's round trip in pieces: the page until the call left; the way to the host and back
 * (the browser's network hop and the host's HTTP handling outside the call); the host reading the
 * body, the core (with the hop to its worker thread and back), encoding the answer (the host's
 * Server-Timing); the page from the answer to "confirmed" (its main thread still busy with the
 * drop's re-render, or with anything else); and the wait for the next frame ("settled").
 */
const moveBreakdown = (page: Page): Promise<Record<string, number[]>> =>
  page.evaluate(`(() => {
    const at = (name) => performance.getEntriesByName(name).map((entry) => entry.startTime);
    const [starts, confirmed, settled] = ['voronka:move-start', 'voronka:move-confirmed', 'voronka:move-settled'].map(at);
    const calls = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/rpc'));
    const pieces = { 'before the call left': [], 'network and HTTP': [], 'host read': [], 'core': [], 'host encode': [], 'page after the answer': [], 'next frame': [] };
    starts.forEach((start, index) => {
      const call = calls.find((entry) => entry.startTime >= start);
      if (!call || confirmed[index] === undefined || settled[index] === undefined) return;
      const server = Object.fromEntries(call.serverTiming.map((entry) => [entry.name, entry.duration]));
      const host = (server.read ?? 0) + (server.core ?? 0) + (server.json ?? 0);
      pieces['before the call left'].push(call.startTime - start);
      pieces['network and HTTP'].push(call.responseEnd - call.startTime - host);
      pieces['host read'].push(server.read ?? NaN);
      pieces['core'].push(server.core ?? NaN);
      pieces['host encode'].push(server.json ?? NaN);
      pieces['page after the answer'].push(confirmed[index] - call.responseEnd);
      pieces['next frame'].push(settled[index] - confirmed[index]);
    });
    return pieces;
  })()`);

const columnSelector = (stageId: string) => `[data-testid="board-column"][data-stage-id="${stageId}"]`;

/** One pointer drag of the top New lead card onto Qualification (not gated): drop → settled, in ms. */
const moveOnce = async (page: Page, run: number): Promise<number> => {
  const [from, to] = [DEFAULT_STAGES[0]!.id, DEFAULT_STAGES[1]!.id];
  const source = (await page
    .locator(`${columnSelector(from)} [data-testid="deal-card"]`)
    .first()
    .boundingBox())!;
  const target = (await page.locator(`${columnSelector(to)} [data-testid="column-list"]`).boundingBox())!;
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 10, source.y + source.height / 2 + 10, { steps: 3 });
  await page.mouse.move(target.x + target.width / 2, target.y + 60, { steps: 12 });
  await page.mouse.move(target.x + target.width / 2 + 1, target.y + 61, { steps: 2 });
  await page.mouse.up();
  const handle = await page.waitForFunction(
    (expected: number) => {
      const settled = performance.getEntriesByName('voronka:move-settled');
      const starts = performance.getEntriesByName('voronka:move-start');
      return settled.length >= expected && starts.length >= expected
        ? (settled[expected - 1]?.startTime ?? 0) - (starts[expected - 1]?.startTime ?? 0)
        : null;
    },
    run + 1,
    { timeout: 5000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
};

const main = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'voronka-bench-ui-'));
  const dbPath = join(dir, 'board.sqlite');
  let host: Host | null = null;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--no-sandbox'],
  });
  try {
    const seeding = performance.now();
    await seedBoard(dbPath, OPEN_DEALS, TASKS);
    process.stderr.write(
      `bench:ui: seeded ${OPEN_DEALS.toLocaleString('en')} open deals in ${Math.round(performance.now() - seeding)} ms\n`,
    );
    host = await startHost(dbPath);
    const context = await browser.newContext({ viewport: { width: 1680, height: 940 }, locale: 'ru-RU' });
    await context.addInitScript(FIRST_CARD_WATCH);

    // A first load warms the host (and the browser's asset cache, as the desktop app's disk would be).
    const warm = await context.newPage();
    await openBoard(warm, host.url);
    await warm.close();

    const runs: OpenTimes[] = [];
    for (let run = 0; run < OPEN_RUNS; run += 1) {
      const page = await context.newPage();
      runs.push(await openBoard(page, host.url));
      const cards = await page.locator('[data-testid="deal-card"]').count();
      if (run === 0) process.stderr.write(`bench:ui: ${cards} cards in the DOM for ${OPEN_DEALS} open deals\n`);
      await page.close();
    }

    const opens = runs.map((times) => times.painted);
    const firstRequest = runs.map((times) => times.requested - times.script);
    // The board-open figures are printed at once: a later section that fails does not lose them.
    const openFigures: BenchFigure[] = [
      budget(`board open, ${OPEN_DEALS / 1000}k open deals, median of ${OPEN_RUNS}`, median(opens), 700),
      budget(`board open, p95`, p95(opens), 1000),
      budget(`first board request after the script loaded, median`, median(firstRequest), 150),
    ];
    process.stdout.write(`${formatBenchTable(openFigures)}\n`);
    const part = (pick: (times: OpenTimes) => number) => Math.round(median(runs.map(pick)));
    process.stderr.write(
      `bench:ui: board open (medians, ms from navigation start): script loaded ${part((x) => x.script)}, ` +
        `board requested ${part((x) => x.requested)}, answered ${part((x) => x.received)}, ` +
        `first card in the DOM ${part((x) => x.inDom)}, painted ${part((x) => x.painted)}; ` +
        `opens ${opens.map(Math.round).join(', ')} ms\n`,
    );
    // The painted mark must follow the commit that put the cards in (a frame later), else it flatters.
    const early = runs.filter((times) => !(times.inDom <= times.painted));
    if (early.length > 0) {
      process.stderr.write(
        `bench:ui: the painted mark came before the cards were in the DOM in ${early.length} runs\n`,
      );
      process.exitCode = 1;
    }
    const page = await context.newPage();
    // Every call's timing is kept (the default buffer holds 250 entries), for the move breakdown.
    await page.addInitScript('performance.setResourceTimingBufferSize(100000)');
    await openBoard(page, host.url);
    const moves: number[] = [];
    for (let run = 0; run < MOVE_RUNS; run += 1) moves.push(await moveOnce(page, run));
    const [confirms, refreshed] = await page.evaluate(() => {
      const starts = performance.getEntriesByName('voronka:move-start');
      return ['voronka:move-confirmed', 'voronka:move-refreshed'].map((name) =>
        performance.getEntriesByName(name).map((mark, index) => mark.startTime - (starts[index]?.startTime ?? 0)),
      );
    });

    const hop = await moveBreakdown(page);

    // A click within 250 ms of a drop is the drop's own (justDragged), not a click on the card:
    // the drawer clicks start after that window, as a user's next click would.
    await page.waitForTimeout(300);
    const drawers: number[] = [];
    const cardIds = (await untouchedCardIds(page)).slice(0, CLICK_RUNS);
    for (const dealId of cardIds) drawers.push(await openDrawerOnce(page, dealId));

    await page.goto(`${host.url}#/deals`);
    await page.waitForSelector('table tbody tr');
    const pageChanges: number[] = [];
    for (let run = 0; run < CLICK_RUNS; run += 1)
      pageChanges.push(await changeRowsOnce(page, 'button[aria-label="Следующая страница"]'));
    const sorts: number[] = [];
    for (let run = 0; run < CLICK_RUNS; run += 1) sorts.push(await changeRowsOnce(page, 'th button.sort-button'));

    await page.goto(`${host.url}#/pipeline`);
    await page.waitForSelector(FIRST_CARD);
    const myDays: number[] = [];
    for (let run = 0; run < CLICK_RUNS; run += 1) myDays.push(await openFromBoard(page, '#/activities', MY_DAY_READY));
    const analytics: number[] = [];
    for (let run = 0; run < CLICK_RUNS; run += 1)
      analytics.push(await openFromBoard(page, '#/analytics', ANALYTICS_READY));

    const figures: BenchFigure[] = [
      budget(`card move round trip, median of ${MOVE_RUNS}`, median(moves), 35),
      budget(`card move round trip, p95`, p95(moves), 60),
      budget(`deal drawer open, median of ${CLICK_RUNS}`, median(drawers), 150),
      budget(`deals table page change, median of ${CLICK_RUNS}`, median(pageChanges), 100),
      budget(`deals table sort by a header, median of ${CLICK_RUNS}`, median(sorts), 100),
      budget(`My day open from the board (${TASKS} tasks), median of ${CLICK_RUNS}`, median(myDays), 200),
      budget(`My day open, p95 (the first open loads its chunk)`, p95(myDays), 250),
      budget(`Analytics open from the board, median of ${CLICK_RUNS}`, median(analytics), 400),
      budget(`Analytics open, p95 (the first open loads ECharts)`, p95(analytics), 800),
    ];
    process.stdout.write(`${formatBenchTable(figures)}\n`);
    process.stderr.write(
      `bench:ui: load average ${loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')}\n`,
    );
    process.stderr.write(
      `bench:ui: moves ${moves.map((m) => m.toFixed(1)).join(', ')} ms; ` +
        `core confirmed after ${(confirms ?? []).map((m) => m.toFixed(1)).join(', ')} ms; ` +
        `moved card's details re-read after ${(refreshed ?? []).map((m) => m.toFixed(1)).join(', ')} ms\n`,
    );
    process.stderr.write(
      `bench:ui: card move, where the time went (medians, ms): ${Object.entries(hop)
        .map(([name, values]) => `${name} ${median(values).toFixed(1)}`)
        .join('; ')}\n`,
    );
    const list = (values: number[]) => values.map(Math.round).join(', ');
    process.stderr.write(
      `bench:ui: drawer opens ${list(drawers)} ms; page changes ${list(pageChanges)} ms; sorts ${list(sorts)} ms; ` +
        `My day opens ${list(myDays)} ms; Analytics opens ${list(analytics)} ms\n`,
    );
    if (process.exitCode !== 1)
      process.exitCode = [...openFigures, ...figures].every((figure) => figure.met !== false) ? 0 : 1;
  } finally {
    await browser.close();
    host?.child.kill('SIGTERM');
    await new Promise((done) => setTimeout(done, 300));
    rmSync(dir, { recursive: true, force: true });
  }
};

await main();
