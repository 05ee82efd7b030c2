import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { type BoardWorkspace, seedBoardDeals, startBoardWorkspace } from './support/boardWorkspace';

/**
 * The board's toolbar with several pipelines at 1280×720: the pipeline picker joins the filters,
 * and the controls still keep to one row, the totals to the next, so the board keeps its height.
 */
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

test.use({ baseURL: undefined, viewport: { width: 1280, height: 720 } });

/** The vertical centre of each visible control of the toolbar, and the totals' top. */
const rowsOf = async (page: Page) => {
  const toolbar = page.locator('.board-toolbar');
  const centres = new Set<number>();
  for (const control of await toolbar.locator('input, select, button, a').all()) {
    const box = await control.boundingBox();
    if (box && box.height > 0) centres.add(Math.round((box.y + box.height / 2) / 8));
  }
  const totals = await page.getByTestId('board-summary').boundingBox();
  const bar = await toolbar.boundingBox();
  return { controlRows: centres.size, totalsTop: totals?.y ?? 0, height: bar?.height ?? 0 };
};

const expectCompact = async (page: Page, newDeal: Locator) => {
  await expect(newDeal).toBeVisible();
  // The saved views' button loads after the board: measured with it.
  await expect(page.locator('.board-views-button').first()).toBeVisible();
  await expect(page.getByTestId('board-summary-sum')).toContainText(/\d/);
  const { controlRows, totalsTop, height } = await rowsOf(page);
  const button = await newDeal.boundingBox();
  if (!button) throw new Error('no New deal button');
  // One row of controls; the totals at most on the line below, the toolbar two lines at most.
  expect(controlRows).toBe(1);
  expect(totalsTop).toBeLessThan(button.y + button.height + 24);
  expect(height).toBeLessThan(80);
};

for (const language of ['ru', 'en'] as const) {
  test.describe(`${language}`, () => {
    let ws: BoardWorkspace;
    test.beforeAll(async () => {
      ws = await startBoardWorkspace(language);
      await seedBoardDeals(ws.rpc, [
        { title: 'Внедрение CRM в ГК «Волга»', valueMinor: 1_200_000_00, stageKey: 'proposal', ownerId: ws.anna.id },
        {
          title: 'Лицензии на 50 рабочих мест',
          valueMinor: 975_000_00,
          stageKey: 'qualification',
          ownerId: ws.oleg.id,
        },
      ]);
    });
    test.afterAll(async () => ws.host.stop());

    test(`one pipeline, then three with long names: one row of controls at 1280×720 (${language})`, async ({
      page,
    }) => {
      const newDeal = page.getByRole('button', { name: language === 'ru' ? 'Сделка' : 'Deal', exact: true });
      await page.goto(`${ws.host.url}#/pipeline`);
      await expectCompact(page, newDeal);
      await page.screenshot({ path: `${SHOTS}/board-toolbar-1-pipeline-${language}-1280x720.png` });

      await ws.rpc('pipelines.create', { name: 'Корпоративные продажи и тендеры федерального уровня' });
      await ws.rpc('pipelines.create', { name: 'Сервисные контракты' });
      await page.reload();
      const picker = page.getByLabel(language === 'ru' ? 'Воронка' : 'Pipeline', { exact: true });
      await expect(picker.locator('option')).toHaveCount(3);
      await expectCompact(page, newDeal);
      // Room for the search's whole placeholder; «Мои сделки» may say «Мои» but keeps its name.
      const search = page.getByRole('searchbox');
      expect((await search.boundingBox())?.width).toBeGreaterThanOrEqual(170);
      const mine = page.getByRole('button', { name: language === 'ru' ? 'Мои сделки' : 'My deals', exact: true });
      await expect(mine).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/board-toolbar-3-pipelines-${language}-1280x720.png` });

      // An owner with a long name chosen: the box ends in "…" rather than taking a new row.
      const longName = await ws.rpc('users.create', {
        name: 'Константин Константинопольский-Преображенский',
        role: 'rep',
      });
      await page.reload();
      await page.getByLabel(language === 'ru' ? 'Ответственный' : 'Owner', { exact: true }).selectOption(longName.id);
      await expectCompact(page, newDeal);
      await page.getByLabel(language === 'ru' ? 'Ответственный' : 'Owner', { exact: true }).selectOption('');

      // With a filter on (its reset button shown), still one row.
      await search.fill('CRM');
      await expect(page.locator('.board-reset')).toBeVisible();
      await expectCompact(page, newDeal);

      // The long name chosen: still one row; the picker's tooltip names it in full.
      const long = 'Корпоративные продажи и тендеры федерального уровня';
      await picker.selectOption({ label: long });
      await expect(picker).toHaveAttribute('title', long);
      await expectCompact(page, newDeal);
      await page.screenshot({ path: `${SHOTS}/board-toolbar-long-pipeline-${language}-1280x720.png` });
    });
  });
}
