import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { expect, test } from './fixtures';

/**
 * Opt-in measurement (a benchmark, not a check): the companies page on a big workspace.
 *   VORONKA_COMPANIES_DB=/path/to/seeded.sqlite npx playwright test companies-perf
 * The database is copied to a temp folder first, so the original is never written.
 */
const SOURCE_DB = process.env.VORONKA_COMPANIES_DB;
const HOST_SCRIPT = resolve(import.meta.dirname, '../../out/main/host.js');

let child: ChildProcess;
let url = '';
let dir = '';

test.skip(!SOURCE_DB, 'set VORONKA_COMPANIES_DB to a database with many companies');

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'voronka-perf-'));
  const dbPath = join(dir, 'perf.sqlite');
  copyFileSync(SOURCE_DB ?? '', dbPath);
  child = spawn(process.execPath, [HOST_SCRIPT, '--port', '0', '--db', dbPath], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  url = await new Promise<string>((found) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /Voronka is running at (\S+)/.exec(line);
      if (match?.[1]) found(match[1]);
    });
  });
});

test.afterAll(() => {
  child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

test('the companies page opens, sorts and searches a big workspace quickly', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${url}#/companies`);
  await expect(page.getByRole('row')).toHaveCount(26);
  const samples: { fcp: number; rows: number }[] = [];
  for (let run = 0; run < 5; run += 1) {
    await page.reload();
    await expect(page.getByRole('row')).toHaveCount(26);
    samples.push(
      await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        rows: performance.getEntriesByName('voronka:view-ready:companies.table')[0]?.startTime ?? NaN,
      })),
    );
  }
  const total = (await page.getByTestId('companies-count').textContent()) ?? '';
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

  const firstName = page.getByRole('row').nth(1).getByRole('cell').first();
  const before = await firstName.textContent();
  let started = Date.now();
  await page.getByRole('button', { name: 'Название' }).click();
  await expect(firstName).not.toHaveText(before ?? '');
  const sortMs = Date.now() - started;

  started = Date.now();
  await page.getByRole('searchbox', { name: 'Поиск' }).fill('волга');
  await expect(page.getByTestId('companies-count')).not.toHaveText(/^$/);
  await expect(firstName).toContainText(/волга/i);
  const searchMs = Date.now() - started;

  const figures = {
    fcpMs: Math.round(median(samples.map((sample) => sample.fcp))),
    rowsMs: Math.round(median(samples.map((sample) => sample.rows))),
    sortMs,
    searchMsIncluding250msDebounce: searchMs,
  };
  console.log(`companies page with ${total}: ${JSON.stringify(figures)}`);
  test.info().annotations.push({ type: 'perf', description: JSON.stringify(figures) });
});
