import { expect, type Locator, type Page } from '@playwright/test';
import { stageIdOf } from './boardWorkspace';

/** Locators of the board the tests read, by the stage keys of the seeded pipeline. */
export const column = (page: Page, stageKey: string): Locator =>
  page.locator(`[data-testid="board-column"][data-stage-id="${stageIdOf(stageKey)}"]`);

export const card = (scope: Page | Locator, title: string): Locator =>
  scope.getByTestId('deal-card').filter({ hasText: title });

/** "3 сделки" → 3 */
export const countOf = async (scope: Locator): Promise<number> =>
  Number((await scope.getByTestId('stage-count').textContent())?.replace(/\D/g, '') ?? NaN);

/** «1 200 000 ₽» → 120000000 minor units (the board shows whole roubles). */
export const sumOf = async (scope: Locator): Promise<number> =>
  Number((await scope.getByTestId('column-sum').textContent())?.replace(/\D/g, '') ?? NaN) * 100;

/**
 * A real pointer drag: press, nudge past the sensor's 6 px threshold, travel in steps (dnd-kit
 * reacts to pointermove), settle, release.
 */
export const dragTo = async (page: Page, source: Locator, target: Locator, offsetY?: number) => {
  await source.scrollIntoViewIfNeeded();
  const from = await source.boundingBox();
  if (!from) throw new Error('the drag source is not on screen');
  const startX = from.x + from.width / 2;
  const startY = from.y + from.height / 2;
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(startX + 8, startY + 8, { steps: 4 });
  // Won/Lost zones appear only once a drag has started: find the target now.
  const to = await target.boundingBox();
  if (!to) throw new Error('the drop target is not on screen');
  const endX = to.x + to.width / 2;
  const endY = to.y + (offsetY ?? to.height / 2);
  await page.mouse.move(endX, endY, { steps: 20 });
  await page.mouse.move(endX + 1, endY + 1, { steps: 3 });
  await page.mouse.up();
};

/**
 * Picks an item up with Space on `handle` and presses one arrow key, until a dnd-kit live region
 * says `placed`. dnd-kit listens for arrows only a tick after the pick-up and measures the
 * droppables then, and a refresh landing at that moment can leave the arrow unheard (seen on a
 * loaded 2-core CI machine): such a pick-up is put down with Escape and made again. The drop is
 * the caller's. Used by the board and the stage settings' row drag.
 */
export const keyboardPickUpAndMove = async (
  page: Page,
  handle: Locator,
  picked: string,
  key: string,
  placed: string,
) => {
  const heard = (text: string) => page.locator('[id^="DndLiveRegion"]').filter({ hasText: text });
  await expect(async () => {
    await handle.focus();
    await page.keyboard.press('Space');
    await expect(heard(picked)).toHaveCount(1, { timeout: 2000 });
    await page.keyboard.press(key);
    try {
      await expect(heard(placed)).toHaveCount(1, { timeout: 2000 });
    } catch (error) {
      await page.keyboard.press('Escape');
      throw error;
    }
  }).toPass({ timeout: 15_000 });
};

/** A board card's keyboard pick-up and one arrow, until the live region names `place`. */
export const pickUpAndMove = (page: Page, target: Locator, title: string, key: string, place: string) =>
  keyboardPickUpAndMove(page, target, `«${title}» взята`, key, place);
