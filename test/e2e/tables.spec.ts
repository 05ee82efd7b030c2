import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createRpc, type Rpc } from './support/createRpc';
import { seedCompanies } from './support/seedCompanies';
import { type RunningHost, startHost } from './support/startHost';

/**
 * The record tables fit the window in Russian at 1280×720 and 1440×900, let the user pick and
 * resize columns (kept per table across reloads), and the deals table names company and owner.
 */
const LONG_COMPANY = 'ООО «Уральский завод тяжёлого машиностроения»';

let host: RunningHost;
let rpc: Rpc;
let userIds: string[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  host = await startHost();
  rpc = await createRpc(host.url);
  ({ userIds } = await seedCompanies(rpc));
  await rpc('companies.create', { name: LONG_COMPANY, industry: 'Машиностроение', ownerId: userIds[2] ?? null });
  await rpc('settings.set', { 'ui.language': 'ru', 'user.currentId': userIds[0] ?? null });
});

test.afterAll(async () => {
  await host.stop();
});

/** Nothing sticks out: not the page, not the table inside its card, not a header's text. */
const expectNoOverflow = async (page: Page) => {
  const overflow = await page.evaluate(() => {
    const scroller = document.querySelector('.data-table-scroll');
    const headers = [...document.querySelectorAll<HTMLElement>('.data-table th .header-text')]
      .filter((header) => header.scrollWidth > header.clientWidth + 1)
      .map((header) => header.textContent);
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      table: scroller ? scroller.scrollWidth - scroller.clientWidth : -1,
      cutHeaders: headers,
    };
  });
  expect(overflow).toEqual({ page: 0, table: 0, cutHeaders: [] });
};

/** Whether the text in a cell is shown whole (not cut with an ellipsis). */
const shownWhole = (cell: Locator) =>
  cell.evaluate((element) => {
    const inner = element.querySelector<HTMLElement>('a, .cell-text, button') ?? (element as HTMLElement);
    return inner.scrollWidth <= inner.clientWidth + 1 && element.scrollWidth <= element.clientWidth + 1;
  });

const columnWidth = (page: Page, name: string) =>
  page.getByRole('columnheader', { name }).evaluate((element) => element.getBoundingClientRect().width);

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test(`deals, companies, contacts and Team fit ${viewport.width}×${viewport.height} in Russian`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(`${host.url}#/deals`);
    const dealRow = page.getByRole('row').filter({ hasText: 'Поставка станков ЧПУ' });
    await expect(dealRow).toBeVisible();
    await expectNoOverflow(page);
    // Stage names are shown whole ("Переговоры", "Презентация и КП").
    const stageCells = page.locator('td[data-column="stageId"]');
    for (const cell of await stageCells.all()) expect(await shownWhole(cell)).toBe(true);

    await page.goto(`${host.url}#/companies`);
    const longRow = page.getByRole('row').filter({ hasText: LONG_COMPANY });
    await expect(longRow).toBeVisible();
    await expectNoOverflow(page);
    // A company's name gets real room: at least "ООО «Уральский завод" is readable.
    expect(await columnWidth(page, 'Название')).toBeGreaterThanOrEqual(200);
    expect(await shownWhole(page.getByRole('row').filter({ hasText: 'ООО «Север»' }).getByRole('cell').first())).toBe(
      true,
    );

    await page.goto(`${host.url}#/contacts`);
    await expect(page.getByRole('row').nth(1)).toBeVisible();
    await expectNoOverflow(page);

    await page.goto(`${host.url}#/settings`);
    const team = page.locator('.team-card');
    await expect(team.getByRole('row').nth(1)).toBeVisible();
    const teamOverflow = await team.evaluate((card) => {
      const table = card.querySelector('table');
      return (table?.getBoundingClientRect().right ?? 0) - card.getBoundingClientRect().right;
    });
    expect(teamOverflow).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
  });
}

test('the deals table names company and owner, and its column chooser is kept per table', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${host.url}#/deals`);
  const row = page.getByRole('row').filter({ hasText: 'Поставка станков ЧПУ' });
  await expect(row.getByRole('link', { name: 'ООО «Север»' })).toHaveAttribute('href', /#\/companies\//);
  await expect(row.locator('td[data-column="ownerName"]')).toHaveText('Анна Смирнова');

  await page.getByRole('button', { name: 'Столбцы' }).click();
  const chooser = page.getByRole('group', { name: 'Показывать столбцы' });
  await expect(chooser.getByRole('checkbox', { name: 'Название' })).toBeDisabled();
  await chooser.getByRole('checkbox', { name: 'Ответственный' }).uncheck();
  await chooser.getByRole('checkbox', { name: 'Создана' }).check();
  await expect(page.getByRole('columnheader', { name: 'Ответственный' })).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: 'Создана' })).toBeVisible();

  await page.reload();
  await expect(row).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Ответственный' })).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: 'Создана' })).toBeVisible();
  // Another table's choice is its own.
  await page.goto(`${host.url}#/companies`);
  await expect(page.getByRole('columnheader', { name: 'Ответственный' })).toBeVisible();
});

test('columns resize by dragging or with the keyboard, and keep their width after a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${host.url}#/companies`);
  await expect(page.getByRole('row').filter({ hasText: LONG_COMPANY })).toBeVisible();
  const before = await columnWidth(page, 'Отрасль');

  const handle = page.getByRole('separator', { name: 'Изменить ширину столбца «Отрасль»' });
  const box = await handle.boundingBox();
  if (!box) throw new Error('no resize handle');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const dragged = await columnWidth(page, 'Отрасль');
  expect(dragged).toBeGreaterThan(before + 60);
  // Dragging the handle does not sort the column.
  await expect(page.getByRole('columnheader', { name: 'Отрасль' })).not.toHaveAttribute('aria-sort', /.+/);

  await handle.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const keyed = await columnWidth(page, 'Отрасль');
  expect(Math.round(dragged - keyed)).toBeGreaterThanOrEqual(30);

  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: LONG_COMPANY })).toBeVisible();
  expect(Math.abs((await columnWidth(page, 'Отрасль')) - keyed)).toBeLessThan(2);

  // A double click gives the column its default width back.
  await page.getByRole('separator', { name: 'Изменить ширину столбца «Отрасль»' }).dblclick();
  expect(Math.abs((await columnWidth(page, 'Отрасль')) - before)).toBeLessThan(2);
});
