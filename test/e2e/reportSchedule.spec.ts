import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportsPageEn } from '@shared/i18n/messages/reportsPage.en';
import { reportsPageRu } from '@shared/i18n/messages/reportsPage.ru';
import { expect, test } from './fixtures';
import { createRpc, type Rpc } from './support/createRpc';
import { holdCalls } from './support/holdCalls';
import { type RunningHost, startHost } from './support/startHost';

/**
 * The scheduled weekly report on the Reports page, against the real core on a test clock: set the
 * schedule, "Save now" writes into the host's --report-dir (shown read-only), and a Monday missed
 * while the host was down is written once at its next start.
 */
const SHOTS = 'test-results/screenshots';
// Wednesday 25 November 2026, 12:00 in Moscow: the last full week is 2026-W47.
const WEDNESDAY_NOON = Date.UTC(2026, 10, 25, 9, 0);
// Tuesday 1 December 2026, 12:00 in Moscow: Monday 30 November 09:00 (week W48's report) was missed.
const NEXT_TUESDAY_NOON = Date.UTC(2026, 11, 1, 9, 0);
const ru = reportsPageRu.schedule;

let host: RunningHost;
let rpc: Rpc;
let reportDir: string;

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeEach(async () => {
  reportDir = mkdtempSync(join(tmpdir(), 'voronka-e2e-reports-'));
  host = await startHost({ testClockAt: WEDNESDAY_NOON, reportDir });
  rpc = await createRpc(host.url);
  await rpc('settings.set', { 'ui.language': 'ru' });
});

test.afterEach(async ({ page, pageErrors }) => {
  await page.close();
  await host.stop();
  rmSync(reportDir, { recursive: true, force: true });
  // The page logs the refused requests of the restart below; those are expected.
  const expected = /ERR_CONNECTION_REFUSED|Failed to load resource|EventSource/;
  pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((error) => !expected.test(error)));
});

test('set the schedule, save now into the host’s folder, and catch a missed Monday up at the next start', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(`${host.url}#/reports`);
  const panel = page.getByTestId('report-schedule');
  await expect(panel.getByRole('heading', { name: ru.title })).toBeVisible();
  // The browser host's folder: shown, not changeable from the page.
  await expect(panel.getByTestId('report-folder')).toHaveText(reportDir);
  await expect(panel.getByText(ru.folderSources.host)).toBeVisible();
  await expect(panel.getByRole('button', { name: ru.chooseFolder })).toHaveCount(0);
  await expect(panel.getByTestId('report-schedule-status')).toContainText(ru.off);

  // Each change is saved at once and shown as the core stored it (so: click, then see it checked).
  await panel.getByRole('switch', { name: ru.enabled }).click();
  await expect(panel.getByRole('switch', { name: ru.enabled })).toBeChecked();
  await panel.getByLabel(ru.weekday).selectOption({ label: 'понедельник' });
  await panel.getByLabel(ru.time).fill('09:00');
  const format = (name: string) => panel.getByRole('checkbox', { name, exact: true });
  await format('Excel').click();
  await expect(format('Excel')).not.toBeChecked();
  await format('JSON').click();
  await expect(format('JSON')).toBeChecked();
  // PDF and JSON left: unticking PDF too leaves JSON as the one that cannot go.
  await format('PDF').click();
  await expect(format('JSON')).toBeDisabled();
  await format('PDF').click();
  await expect(format('PDF')).toBeChecked();
  await expect
    .poll(() => rpc('reportSchedule.get'))
    .toMatchObject({ enabled: true, weekday: 1, time: '09:00', formats: ['pdf', 'json'], language: 'ru' });
  await expect(panel.getByTestId('report-schedule-status')).toContainText('Следующий раз: 30.11.2026');

  await panel.getByRole('button', { name: ru.runNow }).click();
  await expect(
    page.getByText('Отчёт «Неделя 47, 2026» сохранён: voronka-report-2026-W47.pdf, voronka-report-2026-W47.json'),
  ).toBeVisible();
  const status = panel.getByTestId('report-schedule-status');
  await expect(status).toContainText('— Неделя 47, 2026');
  await expect(status).toContainText(ru.triggers.manual);
  await expect(status.getByText('voronka-report-2026-W47.pdf')).toBeVisible();
  expect(readdirSync(reportDir).sort()).toEqual(['voronka-report-2026-W47.json', 'voronka-report-2026-W47.pdf']);
  expect(JSON.parse(readFileSync(join(reportDir, 'voronka-report-2026-W47.json'), 'utf8')).period.label).toBe(
    '2026-W47',
  );
  await page.screenshot({ path: `${SHOTS}/report-schedule-ru-1280x720.png` });

  // The host is down over Monday's 09:00 and starts on Tuesday: W48 is written once, by itself.
  const { dbPath, port } = host;
  await host.stop({ keepDb: true });
  host = await startHost({ dbPath, port, testClockAt: NEXT_TUESDAY_NOON, reportDir });
  rpc = await createRpc(host.url);
  await expect.poll(() => existsSync(join(reportDir, 'voronka-report-2026-W48.json')), { timeout: 15_000 }).toBe(true);
  await page.goto(`${host.url}#/reports`);
  await expect(status).toContainText('— Неделя 48, 2026');
  await expect(status).toContainText(ru.triggers.schedule);
  await expect(status).toContainText('Следующий раз: 07.12.2026');
  expect(
    readdirSync(reportDir)
      .filter((name) => name.includes('W48'))
      .sort(),
  ).toEqual(['voronka-report-2026-W48.json', 'voronka-report-2026-W48.pdf']);
  expect(await rpc('reportSchedule.tick')).toEqual({ ran: null });

  await rpc('settings.set', { 'ui.language': 'en' });
  await page.reload();
  await expect(panel.getByRole('heading', { name: reportsPageEn.schedule.title })).toBeVisible();
  await expect(status).toContainText('— Week 48, 2026');
  await page.screenshot({ path: `${SHOTS}/report-schedule-en-1280x720.png` });
});

test('a change made while the schedule reloads after the one before builds on that one', async ({ page }) => {
  await page.goto(`${host.url}#/reports`);
  const panel = page.getByTestId('report-schedule');
  const format = (name: string) => panel.getByRole('checkbox', { name, exact: true });
  await expect(format('PDF')).toBeChecked();
  await expect(format('Excel')).toBeChecked();
  // Each save is answered; the reload of the schedule after it is held on its way.
  const reloads = await holdCalls(page, 'reportSchedule.get');
  reloads.hold();
  await format('JSON').click();
  // Its save answered (the boxes are free again), the reload not yet.
  await expect(format('CSV')).toBeEnabled();
  await format('CSV').click();
  await expect.poll(async () => (await rpc('reportSchedule.get')).formats).toEqual(['pdf', 'xlsx', 'csv', 'json']);
  reloads.release();
  await expect(format('JSON')).toBeChecked();
  await expect(format('CSV')).toBeChecked();
});

test('a schedule never saved offers the report in the page’s language; the first change saves that language', async ({
  page,
}) => {
  await rpc('settings.set', { 'ui.language': 'en' });
  await page.goto(`${host.url}#/reports`);
  const panel = page.getByTestId('report-schedule');
  const language = panel.getByLabel(reportsPageEn.schedule.language);
  await expect(language).toHaveValue('en');
  expect((await rpc('reportSchedule.get')).language).toBeNull();
  await panel.getByRole('checkbox', { name: 'CSV', exact: true }).click();
  await expect.poll(async () => (await rpc('reportSchedule.get')).language).toBe('en');
  await expect(language).toHaveValue('en');
});
