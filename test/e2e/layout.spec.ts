import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { card } from './support/boardPage';
import { type BoardWorkspace, seedBoardDeals, startBoardWorkspace } from './support/boardWorkspace';

/**
 * The shell's layout on a workspace of its own: the board fits the window exactly, the stage
 * editor is filed under Settings, and a person's avatar reads the same everywhere.
 */
let ws: BoardWorkspace;

test.beforeAll(async () => {
  ws = await startBoardWorkspace('ru');
  const ivan = await ws.rpc('users.create', { name: 'Иван Петрович Сидоров', role: 'rep' });
  await seedBoardDeals(ws.rpc, [
    { title: 'Поставка станков', valueMinor: 1_500_000_00, stageKey: 'proposal', ownerId: ivan.id },
    { title: 'Аудит безопасности', valueMinor: 410_000_00, stageKey: 'negotiation', ownerId: ws.anna.id },
  ]);
});

test.afterAll(async () => {
  await ws.host.stop();
});

const pageOverflow = (page: Page) =>
  page.evaluate(() => ({
    vertical: document.documentElement.scrollHeight - window.innerHeight,
    horizontal: document.documentElement.scrollWidth - window.innerWidth,
  }));

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
]) {
  test(`the board fills a ${viewport.width}×${viewport.height} window without a page scrollbar`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(`${ws.host.url}#/pipeline`);
    await expect(card(page, 'Поставка станков')).toBeVisible();
    expect(await pageOverflow(page)).toEqual({ vertical: 0, horizontal: 0 });
    // The board still reaches the bottom of the window (it is not just shorter than before).
    const board = await page.locator('.board-page').boundingBox();
    expect(Math.round((board?.y ?? 0) + (board?.height ?? 0))).toBeGreaterThan(viewport.height - 24);
  });
}

test('the stage editor is a setting: Settings is lit and the heading is its own', async ({ page }) => {
  await page.goto(`${ws.host.url}#/pipeline/stages`);
  await expect(page.getByTestId('stages-card')).toBeVisible();
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Настройки' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Воронка продаж' })).not.toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Воронки и этапы');
  await expect(page.locator('.topbar-subtitle')).toHaveText('Этапы, контрольные точки и причины проигрыша');
  await expect(page).toHaveTitle(/^Воронки и этапы/);

  await page.getByRole('link', { name: 'К доске' }).click();
  await expect(nav.getByRole('link', { name: 'Воронка продаж' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Воронка продаж');
});

test('a person has the same initials on a card and in the Team list', async ({ page }) => {
  await page.goto(`${ws.host.url}#/pipeline`);
  await expect(card(page, 'Поставка станков').getByRole('img', { name: 'Иван Петрович Сидоров' })).toHaveText('ИС');

  await page.goto(`${ws.host.url}#/settings`);
  const row = page.getByRole('row').filter({ hasText: 'Иван Петрович Сидоров' });
  await expect(row.locator('.user-avatar')).toHaveText('ИС');
});
