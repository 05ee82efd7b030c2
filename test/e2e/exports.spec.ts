import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { seedDeals } from './support/seedDeals';

/**
 * Export of the deals table: a filtered, sorted view with more rows than one page, downloaded as
 * XLSX and CSV, re-read and compared with what the table shows.
 */
test.use({ viewport: { width: 1280, height: 720 } });

const download = async (page: Page, format: 'Excel (.xlsx)' | 'CSV') => {
  await page.getByRole('button', { name: 'Экспорт' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: format }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
};

const rowsOf = (sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] =>
  sheet
    .getSheetValues()
    .slice(1)
    .map((row) => (Array.isArray(row) ? row.slice(1) : []));

test('exports every row of a filtered, sorted deals view to XLSX and CSV, as the table shows it', async ({
  page,
  rpc,
}) => {
  test.setTimeout(120_000);
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = `Выгрузка${Date.now()}`;
  await seedDeals(rpc, [
    ...Array.from({ length: 30 }, (_, index) => ({
      title: `${tag} ${String(index + 1).padStart(2, '0')}`,
      valueMinor: (index + 1) * 150_050,
      stageKey: index % 5 === 0 ? 'qualification' : 'proposal',
    })),
    { title: `=HYPERLINK("http://evil.example") ${tag}`, valueMinor: 99, stageKey: 'proposal' },
  ]);
  await page.goto('/#/deals');
  await page.getByRole('searchbox', { name: 'Поиск' }).fill(tag);
  await page.getByLabel('Этап', { exact: true }).selectOption({ label: 'Презентация и КП' });
  await expect(page.getByTestId('deals-count')).toHaveText('25 сделок');
  await page.getByRole('button', { name: 'Сумма' }).click();
  await page.getByRole('button', { name: 'Сумма' }).click();
  await expect(page.getByRole('columnheader', { name: 'Сумма' })).toHaveAttribute('aria-sort', 'descending');
  await page.getByLabel('Строк на странице').selectOption('10');
  await expect(page.getByTestId('page-info')).toHaveText('1–10 из 25');
  // The footer follows the page size at once; the rows follow when the core's page comes back.
  await expect(page.getByRole('row')).toHaveCount(11);
  const headers = (await page.getByRole('columnheader').allTextContents()).map((text) => text.trim()).filter(Boolean);
  const firstPage = await page
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.slice(1).map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent?.trim() ?? '')),
    );
  expect(firstPage).toHaveLength(10);

  await page.getByRole('button', { name: 'Экспорт' }).click();
  await expect(page.getByRole('menu')).toContainText('Все строки, подходящие под фильтры');
  await page.screenshot({ path: 'test-results/screenshots/deals-export-menu-ru-1280x720.png' });
  await page.keyboard.press('Escape');

  const xlsx = await download(page, 'Excel (.xlsx)');
  expect(xlsx.name).toMatch(/^voronka-deals-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const [header, ...rows] = rowsOf(sheet);
  // The visible columns in the table's order; the amount's currency beside it.
  const expectedHeader = headers.flatMap((label) => (label === 'Сумма' ? ['Сумма', 'Валюта'] : [label]));
  expect(header).toEqual(expectedHeader);
  // Every page: all 25 rows, in the table's order (value, descending).
  expect(rows).toHaveLength(25);
  const titleAt = expectedHeader.indexOf('Название');
  const valueAt = expectedHeader.indexOf('Сумма');
  expect(rows.slice(0, 10).map((row) => row[titleAt])).toEqual(firstPage.map((cells) => cells[titleAt]));
  const values = rows.map((row) => row[valueAt]);
  for (const value of values) expect(typeof value).toBe('number');
  expect(values).toEqual([...(values as number[])].sort((a, b) => b - a));
  expect(values[0]).toBe(30 * 1500.5);
  expect(rows[0]?.[valueAt + 1]).toBe('RUB');
  // The formula-looking title is text that starts with an apostrophe, not a formula.
  const evil = rows.find((row) => String(row[titleAt]).includes('HYPERLINK'));
  expect(evil?.[titleAt]).toBe(`'=HYPERLINK("http://evil.example") ${tag}`);
  expect(sheet.getCell(2, valueAt + 1).type).toBe(ExcelJS.ValueType.Number);
  // Other cells read as the table shows them (stage and status names, company placeholder aside).
  const stageAt = expectedHeader.indexOf('Этап');
  expect(new Set(rows.map((row) => row[stageAt]))).toEqual(new Set(['Презентация и КП']));

  const csv = await download(page, 'CSV');
  expect(csv.name).toMatch(/\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const fromCsv = new ExcelJS.Workbook();
  const csvSheet = await fromCsv.csv.read(Readable.from([csv.bytes.subarray(3).toString('utf8')]), {
    parserOptions: { delimiter: ';' },
  });
  const [csvHeader, ...csvRows] = rowsOf(csvSheet);
  expect(csvHeader).toEqual(expectedHeader);
  expect(csvRows.map((row) => row[titleAt])).toEqual(rows.map((row) => row[titleAt]));
  // "4501,5" with a decimal comma for Russian Excel.
  expect(String(csvRows[0]?.[valueAt])).toBe('45015');
});
