import type { Locator, Page } from '@playwright/test';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';

/**
 * A new user's trial of the screens that get data in and out and keep it safe (import, exports,
 * backups, custom fields, search, sync) at 1280×720 in Russian: each test holds one thing that
 * walk found wrong.
 */
test.use({ viewport: { width: 1280, height: 720 } });

const shot = (name: string) => `test-results/screenshots/walk3-${name}-1280x720.png`;

test('a custom field with a long name stays inside its card: the settings page does not scroll sideways', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const name = `Количество единиц оборудования в парке клиента на начало отчётного квартала (по данным инвентаризации) ${Date.now()}`;
  const field = await rpc('customFields.create', { entity: 'deal', nameRu: name, nameEn: 'Fleet size', type: 'text' });
  try {
    await page.goto('/#/settings');
    const card = page.getByTestId('custom-fields-card');
    await expect(card.getByText(name)).toBeVisible();
    await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: shot('custom-field-long-name-ru'), animations: 'disabled' });
    // The page itself never scrolls sideways (it hid the sidebar), and the card keeps the page's width.
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
      0,
    );
    expect((await card.boundingBox())!.width).toBeLessThanOrEqual(880);
    await expect(card.getByText(name)).toHaveAttribute('title', name);
  } finally {
    await rpc('customFields.archive', { id: field.id });
  }
});

/** How many pixels the element's content sticks out of its own box, sideways. */
const overflowOf = (box: Locator) => box.evaluate((element) => Math.max(0, element.scrollWidth - element.clientWidth));

/** A file name with no space to break at, as a download from a mail client can be. */
const LONG_FILE = `${'выгрузка_клиентов_из_старой_crm_'.repeat(5)}2026.csv`;

const openImportWizard = async (page: Page) => {
  await page.goto('/#/settings');
  await page.getByTestId('import-card').getByRole('button', { name: 'Импортировать из файла…' }).click();
  return page.getByTestId('import-wizard');
};

test('a long file name: one line in the import log, and the undo and restore confirmations keep it inside', async ({
  page,
  rpc,
}) => {
  test.setTimeout(60_000);
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = Date.now().toString(36);
  const wizard = await openImportWizard(page);
  await wizard.getByTestId('import-file').setInputFiles({
    name: LONG_FILE,
    mimeType: 'text/csv',
    buffer: Buffer.from(`Наименование;Телефон\nООО «Длинное имя файла ${tag}»;+7 495 000-00-00\n`),
  });
  await expect(wizard).toHaveAttribute('data-step', 'preview');
  // The steps after the file name it: on one line, cut with an ellipsis, in full on hover.
  const chosen = wizard.getByTestId('import-current-file');
  await expect(chosen).toContainText('Файл:');
  await expect(chosen.getByTitle(LONG_FILE)).toHaveText(LONG_FILE);
  expect((await chosen.boundingBox())!.height).toBeLessThan(24);
  expect(await overflowOf(wizard)).toBe(0);
  await page.getByRole('button', { name: 'Далее' }).click();
  await page.getByRole('button', { name: 'Далее' }).click();
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(chosen.getByTitle(LONG_FILE)).toBeVisible();
  await page.screenshot({ path: shot('import-check-long-file-ru'), animations: 'disabled' });
  await page.getByRole('button', { name: 'Импортировать', exact: true }).click();
  await expect(wizard).toHaveAttribute('data-step', 'done');
  await page.keyboard.press('Escape');

  const row = page
    .getByTestId('import-log-row')
    .filter({ hasText: LONG_FILE.slice(0, 40) })
    .first();
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('import-log-long-file-ru'), animations: 'disabled' });
  // The name on one line, in full on hover: it wrapped to ten and made the row ten lines tall.
  const fileName = row.getByTitle(LONG_FILE);
  await expect(fileName).toBeVisible();
  expect((await fileName.boundingBox())!.height).toBeLessThan(24);
  expect((await row.boundingBox())!.height).toBeLessThan(60);

  await row.getByRole('button', { name: `Отменить импорт: ${LONG_FILE}` }).click();
  const undo = page.getByRole('dialog', { name: 'Отменить импорт?' });
  await expect(undo).toContainText(LONG_FILE);
  expect(await overflowOf(undo.locator('.modal-body'))).toBe(0);
  await page.screenshot({ path: shot('import-undo-long-file-ru'), animations: 'disabled' });
  await undo.getByRole('button', { name: 'Отмена' }).click();

  const backups = page.getByTestId('backup-card');
  await backups.getByTestId('backup-upload').setInputFiles({
    name: LONG_FILE.replace('.csv', '.sqlite'),
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('не база данных'),
  });
  const restore = page.getByRole('dialog', { name: 'Восстановить эту копию?' });
  await expect(restore).toContainText('Сначала будет сделана копия текущих данных');
  expect(await overflowOf(restore.locator('.modal-body'))).toBe(0);
  await page.screenshot({ path: shot('restore-long-file-ru'), animations: 'disabled' });
  await restore.getByRole('button', { name: 'Отмена' }).click();
});

test('a pasted paragraph in Ctrl+K search is cut at what the search takes, not refused with "check the input"', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto('/#/deals');
  await expect(page.getByTestId('search-button')).toBeVisible();
  await page.keyboard.press('Control+K');
  const box = page.getByTestId('search-palette').getByRole('combobox');
  await box.fill('очень длинный запрос про клиента '.repeat(20));
  await expect(page.getByTestId('search-palette')).toContainText('Ничего не найдено');
  expect((await box.inputValue()).length).toBe(200);
  await page.screenshot({ path: shot('search-long-query-ru'), animations: 'disabled' });
  await expect(page.getByTestId('toast')).toHaveCount(0);
});

test('a pasted paragraph in a list search box is cut at what the list takes, not «could not load»', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto('/#/companies');
  const box = page.getByRole('searchbox').first();
  await box.fill('очень длинный запрос про клиента '.repeat(20));
  expect((await box.inputValue()).length).toBe(200);
  await expect(page.getByTestId('companies-count')).toHaveText('0 компаний');
  await page.screenshot({ path: shot('companies-long-search-ru'), animations: 'disabled' });
  await expect(page.getByTestId('load-failed')).toHaveCount(0);
  await expect(page.getByTestId('toast')).toHaveCount(0);
});

test('focus comes back to "Add field" after the field dialog (shown only while open) saves or cancels', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto('/#/settings');
  const card = page.getByTestId('custom-fields-card');
  const add = card.getByRole('button', { name: 'Добавить поле' });
  await add.click();
  const dialog = page.getByRole('dialog', { name: 'Новое поле' });
  const name = `Фокус ${Date.now().toString(36)}`;
  await dialog.getByLabel('Название (русское)').fill(name);
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toBeHidden();
  await expect(add).toBeFocused();
  // Cancelled the same.
  await add.click();
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(add).toBeFocused();
  const field = (await rpc('customFields.list', { entity: 'deal' })).find((f) => f.nameRu === name);
  await rpc('customFields.archive', { id: field!.id });
});

test('focus comes back to "Export" after a download or Escape from its menu', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  await rpc('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: `Экспорт с клавиатуры ${Date.now()}` });
  await page.goto('/#/deals');
  const exportButton = page.getByRole('button', { name: 'Экспорт' });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('menuitem', { name: 'CSV' })).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  await expect(exportButton).toBeFocused();
  // Escape from the open menu returns there too.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(exportButton).toBeFocused();
});

test('focus stays on «Создать копию» while the backup is made and after', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto('/#/settings');
  const card = page.getByTestId('backup-card');
  const backUp = card.getByRole('button', { name: 'Создать копию' });
  const byHand = card.getByTestId('backup-row').filter({ hasText: 'Вручную' });
  await expect(card.getByTestId('backup-row').first()).toBeVisible();
  const before = await byHand.count();
  await backUp.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Копия создана' })).toBeVisible();
  await expect(byHand).toHaveCount(before + 1);
  await expect(backUp).toBeFocused();
  // Pressed again from the keyboard, it makes a second one (within the minute its toast is the
  // same words as the first's, which the toasts show once).
  await page.keyboard.press('Enter');
  await expect(byHand).toHaveCount(before + 2);
  await expect(backUp).toBeFocused();
});

test('focus stays on «Сохранить пакет» after the sync bundle downloads', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto('/#/settings');
  const save = page.getByTestId('sync-card').getByRole('button', { name: 'Сохранить пакет' });
  await save.focus();
  const [bundle] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(bundle.suggestedFilename()).toMatch(/\.vsync$/);
  await expect(page.getByRole('status').filter({ hasText: 'Сохранён пакет' })).toBeVisible();
  await expect(save).toBeFocused();
});

/** The wizard at its check step with a one-company file, its suggested mapping taken. */
const checkOneCompany = async (page: Page, file: string, name: string) => {
  const wizard = await openImportWizard(page);
  await wizard.getByTestId('import-file').setInputFiles({
    name: file,
    mimeType: 'text/csv',
    buffer: Buffer.from(`Наименование\n${name}\n`),
  });
  await expect(wizard).toHaveAttribute('data-step', 'preview');
  await page.getByRole('button', { name: 'Далее' }).click();
  await page.getByRole('button', { name: 'Далее' }).click();
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(wizard).toHaveAttribute('data-step', 'check');
  return wizard;
};

test('after «Отменить импорт» focus lands on the row’s «отменён», not on the page', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const file = `фокус-${Date.now().toString(36)}.csv`;
  const wizard = await checkOneCompany(page, file, `ООО «Фокус ${file}»`);
  await page.getByRole('button', { name: 'Импортировать', exact: true }).click();
  await expect(wizard).toHaveAttribute('data-step', 'done');
  await page.keyboard.press('Escape');
  const row = page.getByTestId('import-log-row').filter({ hasText: file });
  await row.getByRole('button', { name: `Отменить импорт: ${file}` }).click();
  await page.getByRole('dialog', { name: 'Отменить импорт?' }).getByRole('button', { name: 'Отменить импорт' }).click();
  await expect(row).toContainText('отменён');
  await expect(row.getByText(/^отменён/)).toBeFocused();
});

test('Escape the moment the import is done closes the wizard without asking to discard saved work', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const file = `сразу-${Date.now().toString(36)}.csv`;
  const wizard = await checkOneCompany(page, file, `ООО «Сразу ${file}»`);
  // Escape in the same turn the last step is committed, before the browser paints it (as a busy
  // machine's keypress can land): the wizard had not yet been told its work was saved.
  await wizard.evaluate((element) => {
    new MutationObserver((_, observer) => {
      if (element.getAttribute('data-step') !== 'done') return;
      observer.disconnect();
      element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    }).observe(element, { attributes: true, attributeFilter: ['data-step'] });
  });
  await page.getByRole('button', { name: 'Импортировать', exact: true }).click();
  await expect(wizard).toHaveCount(0);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByTestId('import-log-row').filter({ hasText: file })).toContainText('+1');
});

test('a dry run of won deals names the customers it will make in Russian, and the import what it made', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = Date.now().toString(36);
  const wizard = await openImportWizard(page);
  await wizard.getByRole('radio', { name: 'Сделки' }).check();
  await wizard.getByTestId('import-file').setInputFiles({
    name: `сделки-${tag}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(`Название сделки;Компания;Этап\nПоставка ${tag};ООО «Выигрыш ${tag}»;Won\n`),
  });
  await expect(wizard).toHaveAttribute('data-step', 'preview');
  await page.getByRole('button', { name: 'Далее' }).click();
  await page.getByRole('button', { name: 'Далее' }).click();
  await expect(wizard.getByRole('combobox', { name: /Won/ })).toHaveValue('won');
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(wizard).toHaveAttribute('data-step', 'check');
  await expect(wizard).toContainText('Также будет создано: компании: 1, переходы по этапам');
  await expect(wizard).toContainText('клиенты: 1');
  await expect(wizard).not.toContainText('customers');
  await page.screenshot({ path: shot('import-deals-check-ru'), animations: 'disabled' });

  // Once imported, the same line speaks of what was done.
  await page.getByRole('button', { name: 'Импортировать', exact: true }).click();
  await expect(wizard).toHaveAttribute('data-step', 'done');
  await expect(wizard).toContainText('Также создано: компании: 1, переходы по этапам');
  await expect(wizard).not.toContainText('будет создано');
});

/** The second walk of these screens (ui18b): each test holds one thing it found wrong. */
const shot18 = (name: string) => `test-results/screenshots/ui18b-${name}-1280x720.png`;

test('no shared folder chosen: «Не выбрана» is in the page’s font, not the monospace of a path', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto('/#/settings');
  const card = page.getByTestId('shared-folder-card');
  const folder = card.getByTestId('shared-folder-path');
  await expect(folder).toHaveText('Не выбрана');
  const fontOf = (box: Locator) => box.evaluate((element) => getComputedStyle(element).fontFamily);
  expect(await fontOf(folder)).toBe(await fontOf(card.getByRole('heading', { level: 2 })));
  await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: shot18('shared-folder-none-ru'), animations: 'disabled' });
});

test('the toast after «Создать копию» gives the backup’s time as the list does, not the file’s UTC name', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto('/#/settings');
  const card = page.getByTestId('backup-card');
  await card.getByRole('button', { name: 'Создать копию' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Копия создана' });
  await expect(toast).toBeVisible();
  const message = (await toast.locator('.toast-message').textContent()) ?? '';
  expect(message).toMatch(/^Копия создана: /);
  const when = message.replace('Копия создана: ', '');
  expect(when).not.toMatch(/\.sqlite|Z/);
  // The same words as the list's «Создана» cell of a backup made by hand (the list reloads after the toast).
  await expect
    .poll(() =>
      card.getByTestId('backup-row').filter({ hasText: 'Вручную' }).locator('td:first-child').allTextContents(),
    )
    .toContain(when);
  await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: shot18('backup-toast-ru'), animations: 'disabled' });
});

test('«Сохранить пакет» without Voronka says the bundle could not be made, not «изменения не сохранены»', async ({
  page,
  rpc,
  pageErrors,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto('/#/settings');
  const save = page.getByTestId('sync-card').getByRole('button', { name: 'Сохранить пакет' });
  await expect(save).toBeVisible();
  await page.route('**/rpc', (route) =>
    (route.request().postData() ?? '').includes('"sync.exportBundle"')
      ? route.abort('connectionrefused')
      : route.fallback(),
  );
  await save.click();
  const alert = page.getByRole('alert').filter({ hasText: 'Пакет не собран' });
  await expect(alert).toContainText('Пакет не собран: нет связи с Воронкой.');
  await expect(alert).toContainText('Сохраните пакет, когда связь вернётся.');
  await expect(page.getByText('изменения не сохранены')).toHaveCount(0);
  await page.screenshot({ path: shot18('sync-save-offline-ru'), animations: 'disabled' });
  await page.unroute('**/rpc');
  // The aborted requests are logged by the browser on purpose here.
  pageErrors.length = 0;
});
