import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { copySeededDb } from '../fixtures/seededDb';
import { expect, test } from './fixtures';
import { createRpc, type Rpc } from './support/createRpc';
import { type RunningHost, startHost } from './support/startHost';

/**
 * The Reports page on generated data: the week against the one before, the same tables as the
 * files, the charts, the week in the URL, and a download in each format through the contract.
 */
let host: RunningHost;
let rpc: Rpc;

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  host = await startHost({ prepareDb: (dbPath) => copySeededDb({ deals: 1000, seed: 7 }, dbPath) });
  rpc = await createRpc(host.url);
  await rpc('settings.set', { 'ui.language': 'ru' });
});

test.afterAll(async () => {
  await host.stop();
});

const summaryRow = (page: Page, name: RegExp) =>
  page
    .getByTestId('report-summary')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name }) });

/** «2026-W07» as the page names it: «Неделя 7, 2026». */
const weekName = (week: string) => `Неделя ${Number(week.slice(6))}, ${week.slice(0, 4)}`;

test('shows last week against the week before, with the core’s figures, and keeps the week in the URL', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(`${host.url}#/reports`);
  const week = (await page.getByTestId('report-week').getAttribute('data-week')) ?? '';
  expect(week).toMatch(/^\d{4}-W\d{2}$/);
  const { current } = await rpc('kpi.report', { period: { kind: 'week', week } });
  await expect(page.getByTestId('report-week')).toHaveText(weekName(week));
  await expect(page.getByTestId('report-period')).toContainText(`${weekName(week)}: `);
  await expect(
    summaryRow(page, /^Выиграно сделок$/)
      .getByRole('cell')
      .first(),
  ).toHaveText(String(current.won.count));
  await expect(page.getByTestId('report-chart-funnel').locator('svg')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/reports-ru-1280.png' });
  await page.screenshot({ path: 'test-results/screenshots/reports-ru-1280-full.png', fullPage: true });

  await page.getByRole('button', { name: 'Предыдущая неделя' }).click();
  await expect(page).toHaveURL(/#\/reports\?week=\d{4}-W\d{2}/);
  const earlier = new URL(page.url()).hash.match(/week=(\d{4}-W\d{2})/)?.[1] ?? '';
  expect(earlier).not.toBe(week);
  await expect(page.getByTestId('report-period')).toContainText(weekName(earlier));
  await page.reload();
  await expect(page.getByTestId('report-week')).toHaveAttribute('data-week', earlier);
  await page.getByRole('button', { name: 'Прошлая неделя' }).click();
  await expect(page.getByTestId('report-week')).toHaveAttribute('data-week', week);
});

test('downloads the report as Excel and PDF named after the week', async ({ page }) => {
  await page.goto(`${host.url}#/reports?week=2026-W40`);
  await expect(page.getByTestId('report-period')).toContainText('Неделя 40, 2026: 28.09.2026 — 04.10.2026');
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Excel' }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe('voronka-report-2026-W40.xlsx');
  expect(
    readFileSync(await xlsx.path())
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK');
  await expect(page.getByText('Отчёт скачан: voronka-report-2026-W40.xlsx')).toBeVisible();
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF' }).click()]);
  expect(pdf.suggestedFilename()).toBe('voronka-report-2026-W40.pdf');
  expect(
    readFileSync(await pdf.path())
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');
});
