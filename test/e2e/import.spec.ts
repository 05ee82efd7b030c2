import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { uniqueInn } from './support/uniqueInn';

/**
 * The import wizard from Settings: a Windows-1251, `;`-separated CSV with Russian headers goes
 * through preview, column and value mapping (the owner suggested by name), a dry run with its
 * counts, the import, the companies table, and Undo import, which removes what it made. Each
 * step is shot at 1280×720, in English (up to the dry run) and in Russian.
 */
test.use({ viewport: { width: 1280, height: 720 } });

/** Text as Windows-1251 bytes: the table inverted from the platform's own decoder (no encoder library). */
const win1251 = (text: string): Buffer => {
  const high = new TextDecoder('windows-1251').decode(Uint8Array.from({ length: 128 }, (_, i) => 128 + i));
  return Buffer.from(
    [...text].map((char) => (char.charCodeAt(0) < 128 ? char.charCodeAt(0) : 128 + high.indexOf(char))),
  );
};

const shot = (name: string) => `test-results/screenshots/import-${name}-1280x720.png`;

/**
 * Where the wizard's dialog and its main button stand, in whole pixels, once the dialog's opening
 * animation is over: the same at every step, so «Далее» stays under the pointer.
 */
const wizardFrame = async (page: Page) => {
  const dialog = page.locator('dialog.modal').filter({ has: page.getByTestId('import-wizard') });
  await dialog.evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
  const box = await dialog.boundingBox();
  const primary = await dialog.locator('.modal-footer .button-primary').boundingBox();
  if (!box || !primary) throw new Error('the wizard is not on screen');
  return {
    top: Math.round(box.y),
    bottom: Math.round(box.y + box.height),
    primaryTop: Math.round(primary.y),
    primaryRight: Math.round(primary.x + primary.width),
  };
};

test('imports companies from a cp1251 CSV through the wizard and undoes the import', async ({ page, rpc }) => {
  test.setTimeout(120_000);
  const tag = Date.now().toString(36);
  const owner = `Импортова Ирина ${tag}`;
  await rpc('users.create', { name: owner, email: `irina.${tag}@example.ru`, role: 'rep' });
  const lines = [
    'Наименование;ИНН;Сайт;Телефон;Ответственный;Отрасль',
    `ООО «Ромашка ${tag}»;${uniqueInn()};romashka-${tag}.ru;+7 (495) 123-45-67;${owner};Розничная торговля`,
    `АО «Лютик ${tag}»;${uniqueInn()};lutik-${tag}.ru;8 812 765 43 21;${owner.toUpperCase()};Производство`,
    `ИП Васильков ${tag};12345;;(212) 555-0100;Новый Менеджер ${tag};`,
    `ООО «Ромашка ${tag}»;;romashka-${tag}.ru;;;`,
  ];
  const file = {
    name: `клиенты-${tag}.csv`,
    mimeType: 'text/csv',
    buffer: win1251(`${lines.join('\r\n')}\r\n`),
  };

  const preset = `Клиенты ${tag}`;
  type Walk = {
    /** After the column suggestions are checked (a preset is picked here). */
    atColumns?(wizard: Locator): Promise<unknown>;
    /** On the values step, before Check. */
    atValues?(wizard: Locator): Promise<unknown>;
    created: string;
    skipped: string;
  };
  const walkToCheck = async (language: 'en' | 'ru', walk: Walk) => {
    await rpc('settings.set', { 'ui.language': language });
    await page.goto('/#/settings');
    const card = page.getByTestId('import-card');
    await card
      .getByRole('button', { name: language === 'ru' ? 'Импортировать из файла…' : 'Import from a file…' })
      .click();
    const wizard = page.getByTestId('import-wizard');
    await expect(wizard).toHaveAttribute('data-step', 'file');
    const frame = await wizardFrame(page);
    const expectFrameKept = async () => expect(await wizardFrame(page)).toEqual(frame);
    await page.screenshot({ path: shot(`1-file-${language}`) });
    await wizard.getByTestId('import-file').setInputFiles(file);
    await expect(wizard).toHaveAttribute('data-step', 'preview');
    await expect(wizard.getByTestId('import-file-facts')).toContainText('windows-1251');
    await expect(wizard.getByTestId('import-preview')).toContainText(`ООО «Ромашка ${tag}»`);
    await expectFrameKept();
    await page.screenshot({ path: shot(`2-preview-${language}`) });
    const next = page.getByRole('button', { name: language === 'ru' ? 'Далее' : 'Next' });
    await next.click();
    // Suggested from the Russian headers.
    const columns = wizard.getByTestId('import-columns');
    await expect(columns.getByLabel(language === 'ru' ? 'Название / ФИО' : 'Name')).toHaveValue('Наименование');
    await expect(columns.getByLabel(language === 'ru' ? 'ИНН' : 'INN')).toHaveValue('ИНН');
    await expect(columns.getByLabel(language === 'ru' ? 'Ответственный' : 'Owner')).toHaveValue('Ответственный');
    await walk.atColumns?.(wizard);
    await expectFrameKept();
    await page.screenshot({ path: shot(`3-columns-${language}`) });
    await next.click();
    const owners = wizard.getByTestId('import-values-owner');
    // The existing user is suggested for her name in either case; the unknown one becomes a new user.
    await expect(owners.getByRole('combobox')).toHaveCount(3);
    for (const written of [owner, owner.toUpperCase()]) {
      await expect(
        owners.getByLabel(`${language === 'ru' ? 'Ответственный' : 'Owner'}: ${written}`, { exact: true }),
      ).toHaveValue(/^user:/);
    }
    await walk.atValues?.(wizard);
    await expectFrameKept();
    await page.screenshot({ path: shot(`4-values-${language}`) });
    await page.getByRole('button', { name: language === 'ru' ? 'Проверить' : 'Check' }).click();
    await expect(wizard).toHaveAttribute('data-step', 'check');
    await expect(wizard.getByTestId('import-count-rows')).toContainText('4');
    await expect(wizard.getByTestId('import-count-created')).toContainText(walk.created);
    await expect(wizard.getByTestId('import-count-skipped')).toContainText(walk.skipped);
    await expect(wizard.getByTestId('import-warnings')).toContainText(
      language === 'ru' ? 'Неверный ИНН' : 'Invalid INN',
    );
    // A New York number typed without +1 is read as a Russian one: the warning says why.
    await expect(wizard.getByTestId('import-warnings')).toContainText(
      language === 'ru'
        ? 'номер без «+» читается как номер страны телефонов по умолчанию'
        : 'a number without “+” is read as one of the default phone country',
    );
    // Read whole: the reasons wrap rather than end in «…».
    const reasons = wizard.getByTestId('import-warnings').locator('td.import-warning-reason');
    expect(
      await reasons.evaluateAll((cells) => cells.filter((cell) => cell.scrollWidth > cell.clientWidth).length),
    ).toBe(0);
    await expectFrameKept();
    await page.screenshot({ path: shot(`5-check-${language}`) });
    return { wizard, expectFrameKept };
  };

  // English up to the dry run, which writes nothing: duplicates are created anyway, and the
  // mapping is saved as a preset.
  const english = await walkToCheck('en', {
    atValues: (w) => w.getByLabel('What a duplicate does').selectOption('create'),
    created: '4',
    skipped: '0',
  });
  let wizard = english.wizard;
  await wizard.getByLabel('Save as a preset').fill(preset);
  await wizard.getByRole('button', { name: 'Save preset' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Preset “${preset}” saved.` })).toBeVisible();
  await page.keyboard.press('Escape');
  // The mapping (saved as a preset here) would be lost: the wizard asks before it closes.
  await page.getByRole('alertdialog', { name: 'Discard changes?' }).getByRole('button', { name: 'Discard' }).click();
  await expect(wizard).toBeHidden();
  const companies = async () =>
    ((await rpc('companies.list', { search: tag, limit: 50 })) as { rows: { name: string }[] }).rows.map((c) => c.name);
  expect(await companies()).toEqual([]);

  // Russian: the preset brings its duplicate rule back; this import skips duplicates again.
  const russian = await walkToCheck('ru', {
    atColumns: (w) => w.getByLabel('Шаблон сопоставления').selectOption(preset),
    atValues: async (w) => {
      const action = w.getByLabel('Что делать с дубликатом');
      await expect(action).toHaveValue('create');
      await action.selectOption('skip');
    },
    created: '3',
    skipped: '1',
  });
  wizard = russian.wizard;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    wizard.getByRole('button', { name: 'Скачать предупреждения (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('предупреждения-импорта.csv');
  await page.getByRole('button', { name: 'Импортировать', exact: true }).click();
  await expect(wizard).toHaveAttribute('data-step', 'done');
  await expect(wizard.getByTestId('import-count-created')).toContainText('3');
  await expect(wizard).toContainText('пользователи: 1');
  await russian.expectFrameKept();
  await page.screenshot({ path: shot('6-done-ru') });

  await page.getByRole('link', { name: 'Открыть: Компании' }).click();
  await page.getByRole('searchbox', { name: 'Поиск' }).fill(tag);
  await expect(page.getByRole('link', { name: `ООО «Ромашка ${tag}»`, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `АО «Лютик ${tag}»`, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: `ИП Васильков ${tag}`, exact: true })).toBeVisible();
  // The search is applied once the table holds only the three (the box's debounce can lag the
  // typing, and other specs' companies share this host).
  await expect(page.locator('tbody tr')).toHaveCount(3);
  // The filtered companies view exported as CSV holds exactly the rows the table shows.
  await page.getByRole('button', { name: 'Экспорт' }).click();
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'CSV' }).click(),
  ]);
  expect(exported.suggestedFilename()).toMatch(/^voronka-companies-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvLines = readFileSync(await exported.path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(csvLines).toHaveLength(4);
  expect(csvLines.slice(1).map((line) => line.split(';')[0])).toEqual([
    `АО «Лютик ${tag}»`,
    `ИП Васильков ${tag}`,
    `ООО «Ромашка ${tag}»`,
  ]);

  await page.goto('/#/settings');
  const row = page.getByTestId('import-log-row').filter({ hasText: file.name });
  await expect(row).toContainText('+3');
  await row.getByRole('button', { name: `Отменить импорт: ${file.name}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Отменить импорт?' });
  await page.screenshot({ path: shot('7-undo-ru') });
  await confirm.getByRole('button', { name: 'Отменить импорт', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Импорт отменён' })).toBeVisible();
  await expect(row).toContainText('отменён');
  expect(await companies()).toEqual([]);
});
