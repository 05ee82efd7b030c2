import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * What a new sales manager saw overflow on the manager's screens at 1280×720 in Russian: each
 * check names one box whose text must fit inside it.
 */
test.use({ viewport: { width: 1280, height: 720 } });

/** How many pixels each matched element's content sticks out of its own box (0 when it fits). */
const overflowsOf = (boxes: Locator) =>
  boxes.evaluateAll((elements) => elements.map((element) => Math.max(0, element.scrollWidth - element.clientWidth)));

test('the BANT weights keep their Russian names apart', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto('/#/settings');
  const labels = page.locator('.bant-weight');
  await expect(labels.filter({ hasText: 'Потребность' })).toBeVisible();
  expect(await overflowsOf(labels)).toEqual([0, 0, 0, 0]);
});
