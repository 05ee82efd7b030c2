import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';

/**
 * The Activities page's table: reached from the sidebar, filtered by owner and type, sorted by the
 * server, the view in the URL, and exported as CSV with the rows the table shows.
 */
test.use({ viewport: { width: 1280, height: 720 } });

const HOUR = 3_600_000;

const subjectsOnScreen = (page: Page) =>
  page
    .getByRole('row')
    .evaluateAll((rows) => rows.slice(1).map((row) => row.querySelectorAll('td')[2]?.textContent?.trim() ?? ''));

test('activities table: filter by owner and type, sort, URL state, CSV of the view; ru and en', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = `Т${Date.now()}`;
  const owner = await rpc('users.create', { name: `Рита ${tag}`, role: 'rep' });
  const { company } = await rpc('companies.create', { name: `ООО «Альфа ${tag}»` });
  const now = Date.now();
  const log = (fields: Record<string, unknown>) =>
    rpc('activities.log', { ownerId: owner.id, companyId: company.id, ...fields } as never);
  await log({ type: 'call', subject: `Б звонок ${tag}`, outcome: 'reached', durationSec: 300, doneAt: now - HOUR });
  await log({ type: 'email', subject: `В письмо ${tag}`, doneAt: now - 2 * HOUR });
  await log({ type: 'call', subject: `=А звонок ${tag}`, outcome: 'no_answer', doneAt: now - 3 * HOUR });

  await page.goto('/#/pipeline');
  await page.getByRole('navigation').getByRole('link', { name: 'Дела' }).click();
  await page.getByRole('link', { name: 'Все дела' }).click();
  await expect(page).toHaveURL(/#\/activities\/all/);
  await page.getByLabel('Ответственный', { exact: true }).selectOption({ label: `Рита ${tag}` });
  await expect(page.getByTestId('activities-count')).toHaveText('3 дела');
  // Newest first by default.
  await expect.poll(() => subjectsOnScreen(page)).toEqual([`Б звонок ${tag}`, `В письмо ${tag}`, `=А звонок ${tag}`]);

  await page.getByLabel('Тип', { exact: true }).selectOption({ label: 'Звонок' });
  await expect(page.getByTestId('activities-count')).toHaveText('2 дела');
  await page.getByRole('button', { name: 'Тема' }).click();
  await expect(page.getByRole('columnheader', { name: 'Тема' })).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(() => subjectsOnScreen(page)).toEqual([`=А звонок ${tag}`, `Б звонок ${tag}`]);
  await page.screenshot({ path: 'test-results/screenshots/activities-table-ru-1280x720.png' });
  // Duration and contact wait in the column chooser on a laptop-sized window.
  await expect(page.getByRole('columnheader', { name: 'Длит.' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Столбцы' }).click();
  await page.getByRole('checkbox', { name: 'Длит.' }).check();
  await page.keyboard.press('Escape');
  const row = page.getByRole('row').filter({ hasText: `Б звонок ${tag}` });
  await expect(row).toContainText('Дозвонился');
  await expect(row).toContainText('5 мин');
  await expect(row).toContainText(`ООО «Альфа ${tag}»`);
  await expect(row).toContainText(`Рита ${tag}`);
  await expect(page).toHaveURL(/type=call/);
  await expect(page).toHaveURL(/sort=subject/);

  // A reload shows the same view (filters, sort in the URL).
  await page.reload();
  await expect(page.getByTestId('activities-count')).toHaveText('2 дела');
  await expect.poll(() => subjectsOnScreen(page)).toEqual([`=А звонок ${tag}`, `Б звонок ${tag}`]);

  await page.getByRole('button', { name: 'Экспорт' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'CSV' }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const bytes = readFileSync(await file.path());
  const sheet = await new ExcelJS.Workbook().csv.read(Readable.from([bytes.subarray(3).toString('utf8')]), {
    parserOptions: { delimiter: ';' },
  });
  const [header, ...rows] = sheet
    .getSheetValues()
    .slice(1)
    .map((values) => (Array.isArray(values) ? values.slice(1).map((value) => String(value ?? '')) : []));
  const subjectAt = header!.indexOf('Тема');
  // The export's rows are the view's, in its order; the formula-looking subject is text.
  expect(rows.map((values) => values[subjectAt])).toEqual([`'=А звонок ${tag}`, `Б звонок ${tag}`]);
  expect(rows[1]![header!.indexOf('Результат')]).toBe('Дозвонился');
  expect(rows[1]![header!.indexOf('Длительность, мин')]).toBe('5');

  await rpc('settings.set', { 'ui.language': 'en' });
  await page.reload();
  await expect(page.getByRole('link', { name: 'All activities' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('activities-count')).toHaveText('2 activities');
  await expect(page.getByRole('row').filter({ hasText: `Б звонок ${tag}` })).toContainText('Reached');
  await page.screenshot({ path: 'test-results/screenshots/activities-table-en-1280x720.png' });
  await rpc('settings.set', { 'ui.language': 'ru' });
});
