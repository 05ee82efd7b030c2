import type { Locator } from '@playwright/test';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';

/** A long unbroken deal title breaks inside the Lost dialog and the toasts instead of overflowing them. */
test.beforeEach(async ({ rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
});

const fitsHorizontally = async (box: Locator) => {
  const { scrollWidth, clientWidth, right } = await box.evaluate((element) => ({
    scrollWidth: element.scrollWidth,
    clientWidth: element.clientWidth,
    right: element.getBoundingClientRect().right,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  expect(right).toBeLessThanOrEqual(1280);
};

test('the Lost dialog and the toast keep a 200-character unbroken title inside their boxes', async ({ page, rpc }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const suffix = String(Date.now() % 10 ** 8).padStart(8, '0');
  const title = `Поставка${'Ж'.repeat(184)}${suffix}`;
  const deal = await rpc('deals.create', { title, pipelineId: DEFAULT_PIPELINE.id });
  await page.goto(`/#/deals?deal=${deal.id}`);
  const drawer = page.getByTestId('deal-drawer');
  await drawer.getByRole('button', { name: 'Проиграна' }).click();
  const dialog = page.getByRole('dialog', { name: 'Сделка проиграна' });
  await expect(dialog).toContainText(title);
  await fitsHorizontally(dialog.locator('.modal-content'));
  await fitsHorizontally(dialog.locator('.lose-lead'));

  await dialog.getByRole('radio').first().check();
  await dialog.getByRole('button', { name: 'Отметить проигранной' }).click();
  const toast = page.getByTestId('toast').filter({ hasText: 'Поставка' });
  await expect(toast).toBeVisible();
  await fitsHorizontally(toast);
  await fitsHorizontally(toast.locator('.toast-message'));
  // Clamped to three lines; the whole text is in the tooltip.
  await expect(toast.locator('.toast-message')).toHaveAttribute('title', new RegExp(`${suffix}»`));
  const height = await toast.evaluate((element) => element.getBoundingClientRect().height);
  expect(height).toBeLessThan(120);
});
