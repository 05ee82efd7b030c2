import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import type { SavedViewList } from '@shared/contract/schemas/savedViews';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SHOTS = 'test-results/screenshots';

/** Saves what the screen shows as a named default view through the menu's dialog. */
const saveDefaultView = async (page: Page, name: string) => {
  await page.getByRole('button', { name: 'Сохранить вид' }).click();
  const dialog = page.getByRole('dialog', { name: 'Сохранить вид' });
  await dialog.getByLabel('Название вида').fill(name);
  await dialog.getByLabel('Открывать этот вид по умолчанию').check();
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/view=/);
};

/** The host is shared by the specs: the default is cleared and the views removed after each. */
const forget = async (
  rpc: (method: 'views.list' | 'views.setDefault' | 'views.delete', input: never) => Promise<unknown>,
  list: SavedViewList,
  tag: string,
) => {
  await rpc('views.setDefault', { list, viewId: null } as never);
  for (const view of (await rpc('views.list', { list } as never)) as { id: string; name: string }[]) {
    if (view.name.includes(tag)) await rpc('views.delete', { id: view.id } as never);
  }
};

/**
 * Issue 16 #2 for the activities table: its filter and sort saved as the default view; the bare
 * table, reloaded, opens with them.
 */
test('saved views: the activities table opens with its default view after a reload', async ({ page, rpc }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = `ВидД${Date.now().toString(36)}`;
  await rpc('activities.log', { type: 'email', subject: `${tag} письмо` });
  try {
    await page.goto('/#/activities/all?type=email&sort=subject');
    await expect(page.getByLabel('Тип', { exact: true })).toHaveValue('email');
    await saveDefaultView(page, `Письма ${tag}`);

    await page.goto('/#/activities/all');
    await page.reload();
    await expect(page).toHaveURL(/type=email/);
    await expect(page).toHaveURL(/sort=subject/);
    await expect(page.getByLabel('Тип', { exact: true })).toHaveValue('email');
    await expect(page.getByLabel('Вид', { exact: true })).toHaveValue(/.+/);
  } finally {
    await forget(rpc as never, 'activities', tag);
  }
});

/** The same for the leads inbox: its search and sort come back from the default view. */
test('saved views: the leads inbox opens with its default view after a reload', async ({ page, rpc }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = `ВидЛ${Date.now().toString(36)}`;
  for (const name of ['Альфа', 'Бета']) {
    await rpc('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: `${tag} ${name}` });
  }
  try {
    await page.goto(`/#/leads?q=${encodeURIComponent(tag)}&sort=-title`);
    await expect(page.getByTestId('leads-count')).toHaveText(/^2 /);
    await saveDefaultView(page, `Мои ${tag}`);

    await page.goto('/#/leads');
    await page.reload();
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(tag)}`));
    await expect(page.getByTestId('leads-count')).toHaveText(/^2 /);
    await expect(page.getByRole('row').filter({ hasText: tag })).toHaveText([
      new RegExp(`${tag} Бета`),
      new RegExp(`${tag} Альфа`),
    ]);
    await page.screenshot({ path: `${SHOTS}/saved-views-leads-ru-1280x720.png` });
  } finally {
    await forget(rpc as never, 'leads', tag);
  }
});

/**
 * The board's view is its filters: a search typed on the board goes into the URL, is saved as the
 * default view from the toolbar's menu, and the bare board opens with it after a reload.
 */
test('saved views: the board keeps its filters in the URL and opens with its default view', async ({ page, rpc }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = `ВидБ${Date.now().toString(36)}`;
  for (const name of ['станки', 'фрезы']) {
    await rpc('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: `${tag} ${name}` });
  }
  try {
    await page.goto('/#/pipeline');
    await page.getByRole('searchbox', { name: 'Поиск по сделкам' }).fill(tag);
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(tag)}`));
    await expect(page.getByTestId('deal-card')).toHaveCount(2);
    // A reload keeps the filters the URL names.
    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Поиск по сделкам' })).toHaveValue(tag);
    await expect(page.getByTestId('deal-card')).toHaveCount(2);

    const menu = page.getByTestId('board-views-button');
    await expect(menu).toHaveAccessibleName('Вид');
    await menu.click();
    await saveDefaultView(page, `Станки ${tag}`);
    await expect(menu).toHaveAccessibleName(`Вид: Станки ${tag}`);
    await page.keyboard.press('Escape');
    // One row at 1280 px with the view in use and the reset shown: nothing pushed off.
    await expect(page.getByRole('button', { name: 'Сделка', exact: true })).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: `${SHOTS}/saved-views-board-ru-1280x720.png` });

    // The bare board (the sidebar's link), reloaded: the default view's filters come back.
    await page.goto('/#/pipeline');
    await page.reload();
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(tag)}`));
    await expect(page.getByRole('searchbox', { name: 'Поиск по сделкам' })).toHaveValue(tag);
    await expect(page.getByTestId('deal-card')).toHaveCount(2);
    await expect(menu).toHaveAccessibleName(`Вид: Станки ${tag}`);
    await menu.click();
    await page.screenshot({ path: `${SHOTS}/saved-views-board-menu-ru-1280x720.png` });

    // "All records" clears the view and its filters.
    await page.getByRole('combobox', { name: 'Вид', exact: true }).selectOption({ label: 'Все записи' });
    await expect(page.getByRole('searchbox', { name: 'Поиск по сделкам' })).toHaveValue('');
    await expect(page).not.toHaveURL(/q=/);
  } finally {
    await forget(rpc as never, 'board', tag);
  }
});
