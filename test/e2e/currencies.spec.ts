import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { column } from './support/boardPage';
import { type BoardWorkspace, seedBoardDeals, startBoardWorkspace } from './support/boardWorkspace';

/**
 * A workspace that switched currency: Settings warns what the switch does before saving, and the
 * board then shows what the pipeline is worth in each currency instead of 0 in the new one.
 */
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

let ws: BoardWorkspace;

test.beforeAll(async () => {
  ws = await startBoardWorkspace('ru');
  await seedBoardDeals(ws.rpc, [
    { title: 'Внедрение CRM в ГК «Волга»', valueMinor: 1_200_000_00, stageKey: 'proposal', ownerId: ws.anna.id },
    { title: 'Лицензии на 50 рабочих мест', valueMinor: 975_000_00, stageKey: 'qualification', ownerId: ws.oleg.id },
    { title: 'Пилот для «Балтик Логистик»', valueMinor: 150_000_00, stageKey: 'new_lead', ownerId: ws.anna.id },
  ]);
});
test.afterAll(async () => ws.host.stop());
test.use({ baseURL: undefined, viewport: { width: 1280, height: 720 } });

test('switching the workspace currency warns first, and the board then totals each currency apart', async ({
  page,
}) => {
  await page.goto(`${ws.host.url}#/settings`);
  const picker = page.getByLabel('Валюта рабочего пространства');
  await expect(picker).toHaveValue('RUB');

  // Cancel: nothing is saved and the picker shows the old currency again.
  await picker.selectOption('USD');
  const dialog = page.getByRole('dialog', { name: 'Сменить валюту на «доллар США»?' });
  await expect(dialog).toBeVisible();
  const warning = dialog.getByTestId('currency-change-warning');
  await expect(warning).toContainText('Новые сделки будут создаваться в валюте «доллар США» (USD).');
  await expect(warning).toContainText('Существующие сделки останутся в своей валюте (например, RUB)');
  await expect(warning).toContainText('не конвертируются');
  await expect(warning).toContainText('отдельно по каждой валюте, например: 1 200 000 ₽ · 15 000 $');
  await page.screenshot({ path: `${SHOTS}/settings-currency-warning-ru-1280x720.png` });
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(dialog).toBeHidden();
  await expect(picker).toHaveValue('RUB');
  expect((await ws.rpc('settings.get'))['workspace.currency']).toBe('RUB');

  // Confirm: saved.
  await picker.selectOption('USD');
  await dialog.getByRole('button', { name: 'Сменить на USD' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Настройки сохранены' })).toBeVisible();
  await expect(picker).toHaveValue('USD');
  expect((await ws.rpc('settings.get'))['workspace.currency']).toBe('USD');

  // A new deal is made in dollars (the board's quick add takes the workspace currency).
  const created = await ws.rpc('deals.create', {
    pipelineId: DEFAULT_PIPELINE.id,
    title: 'Поставка датчиков в Алматы',
    valueMinor: 15_000_00,
    ownerId: ws.anna.id,
  });
  expect(created.currency).toBe('USD');

  await page.goto(`${ws.host.url}#/pipeline`);
  // The toolbar: dollars first (the workspace currency), then roubles; not 15 000 $ and a footnote.
  const summary = page.getByTestId('board-summary-sum');
  await expect(summary).toHaveText('15 000 $ · 2 325 000 ₽');
  await expect(page.getByTestId('board-summary')).toContainText('4 сделки');
  await expect(page.getByTestId('board-summary-weighted')).toHaveText('Прогноз 750 $ · 573 750 ₽');
  // A column with deals in both currencies lists both; a column with only roubles, only roubles.
  await expect(column(page, 'new_lead').getByTestId('column-sum')).toHaveText('15 000 $ · 150 000 ₽');
  await expect(column(page, 'proposal').getByTestId('column-sum')).toHaveText('1 200 000 ₽');
  // An empty column shows a zero in the workspace currency.
  await expect(column(page, 'negotiation').getByTestId('column-sum')).toHaveText('0 $');
  await ws.rpc('settings.set', { 'workspace.currency': 'RUB' });
});

test('the toolbar keeps its controls on one row at 1280×720 in Russian, totals in many currencies below', async ({
  page,
}) => {
  for (const [currency, valueMinor] of [
    ['EUR', 3_000_00],
    ['CNY', 480_000_00],
    ['KZT', 12_500_000_00],
    ['AED', 75_000_00],
  ] as const) {
    await ws.rpc('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title: `Сделка в ${currency}`,
      valueMinor,
      currency,
      ownerId: ws.oleg.id,
    });
  }
  await page.goto(`${ws.host.url}#/pipeline`);
  const toolbar = page.locator('.board-toolbar');
  const summary = page.getByTestId('board-summary');
  await expect(page.getByTestId('board-summary-sum')).toContainText('₽');
  const newDeal = page.getByRole('button', { name: 'Сделка', exact: true });

  const oneRow = async () => {
    const button = await newDeal.boundingBox();
    const totals = await summary.boundingBox();
    if (!button || !totals) throw new Error('the toolbar is not on screen');
    // One row of controls, every one on the New deal button's line; at 1280 px the totals take
    // the line below (the search keeps the room they would take).
    for (const control of await toolbar.locator('input, select, button, a').all()) {
      const box = await control.boundingBox();
      if (box && box.height > 0)
        expect(Math.abs(box.y + box.height / 2 - (button.y + button.height / 2))).toBeLessThan(4);
    }
    expect(totals.y).toBeGreaterThanOrEqual(button.y + button.height);
  };
  await oneRow();
  // More currencies than the toolbar lists: the first ones, «+N», and every figure in the tooltip.
  await expect(page.getByTestId('board-summary-sum')).toContainText('+');
  const tooltip = (await page.getByTestId('board-summary-sum').getAttribute('title')) ?? '';
  for (const money of ['₽', '$', '€', '¥', '₸']) expect(tooltip).toContain(money);
  // With a filter on (and «Сбросить фильтры» shown) it still keeps to one row; totals truncate.
  await page.getByRole('searchbox', { name: 'Поиск по сделкам' }).fill('Сделка');
  await expect(page.getByRole('button', { name: 'Сбросить фильтры' })).toBeVisible();
  await expect(page.getByTestId('board-summary')).toContainText('4 сделки');
  await oneRow();
  const clipped = await summary.evaluate((node) => node.scrollWidth > node.clientWidth);
  if (clipped) expect(await summary.getAttribute('title')).toContain('₸');
  await page.screenshot({ path: `${SHOTS}/board-toolbar-currencies-ru-1280x720.png` });
  await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
  await expect(page.getByTestId('board-summary')).toContainText('8 сделок');
  await oneRow();
  await page.screenshot({ path: `${SHOTS}/board-currencies-ru-1280x720.png` });
});
