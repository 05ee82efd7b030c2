import { expect, test } from './fixtures';

test('switching ru → en → ru changes the navigation and headings and persists over reloads', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto('/#/settings');
  const nav = page.getByRole('navigation', { name: 'Основная навигация' });
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Сделки' })).toBeVisible();

  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const enNav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(enNav.getByRole('link', { name: 'Deals' })).toBeVisible();
  await expect(enNav.getByRole('link', { name: 'Companies' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect.poll(async () => (await rpc('settings.get'))['ui.language']).toBe('en');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await enNav.getByRole('link', { name: 'Deals' }).click();
  await expect(page).toHaveURL(/#\/deals$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Deals' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Value' })).toBeVisible();

  await enNav.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Русский' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Сделки' })).toBeVisible();
  await expect.poll(async () => (await rpc('settings.get'))['ui.language']).toBe('ru');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

test.describe('without a saved language', () => {
  test.use({ locale: 'en-US' });

  test('the browser locale decides', async ({ page, rpc }) => {
    await rpc('settings.set', { 'ui.language': null });
    await page.goto('/#/deals');
    await expect(page.getByRole('heading', { level: 1, name: 'Deals' })).toBeVisible();
    await rpc('settings.set', { 'ui.language': 'ru' });
  });
});

test('the last page is kept in the URL hash and unknown pages say so', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Воронка продаж' })).toBeVisible();
  await page.getByRole('link', { name: 'Аналитика' }).click();
  await expect(page).toHaveURL(/#\/analytics$/);
  await expect(page.getByRole('link', { name: 'Аналитика' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('group', { name: 'Период и фильтры' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Аналитика' })).toBeVisible();
  await page.goto('/#/nowhere');
  await expect(page.getByRole('heading', { level: 1, name: 'Страница не найдена' })).toBeVisible();
});

test('settings show app.info and save the workspace currency used by new deals', async ({ page, rpc, host }) => {
  await rpc('settings.set', { 'ui.language': 'ru', 'workspace.currency': 'RUB' });
  await page.goto('/#/settings');
  await expect(page.getByTestId('about-dbPath')).toHaveText(host.dbPath);
  const info = await rpc('app.info');
  await expect(page.getByTestId('about-appVersion')).toHaveText(info.appVersion);
  await expect(page.getByTestId('about-schemaVersion')).toHaveText(String(info.schemaVersion));
  await expect(page.getByTestId('about-deviceId')).toHaveText(info.deviceId);

  await page.getByLabel('Валюта рабочего пространства').selectOption('EUR');
  await page.getByRole('dialog').getByRole('button', { name: 'Сменить на EUR' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Настройки сохранены' })).toBeVisible();
  expect((await rpc('settings.get'))['workspace.currency']).toBe('EUR');
  await page.getByRole('link', { name: 'Сделки' }).click();
  await page.getByRole('button', { name: 'Новая сделка' }).click();
  await expect(page.getByRole('dialog').getByLabel('Валюта')).toHaveValue('EUR');
  await rpc('settings.set', { 'workspace.currency': 'RUB' });
});
