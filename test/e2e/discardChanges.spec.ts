import type { Locator, Page } from '@playwright/test';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';

/**
 * A half-filled form never closes by accident: Escape, a press outside and × ask "Discard
 * changes?" while it has unsaved edits, and close at once while it has none.
 */
test.beforeEach(async ({ rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
});

const prompt = (page: Page) => page.getByRole('alertdialog', { name: 'Не сохранять изменения?' });

/** A press on the backdrop, outside the dialog's box (its top-left corner of the page). */
const pressOutside = (page: Page) => page.mouse.click(4, 4);

/** Every way out asks while `field` holds `typed`; keeping returns to the form untouched; Discard closes. */
const expectGuarded = async (page: Page, dialog: Locator, field: Locator, typed: string) => {
  await field.fill(typed);
  await page.keyboard.press('Escape');
  await expect(prompt(page)).toBeVisible();
  await expect(prompt(page).getByRole('button', { name: 'Вернуться к форме' })).toBeFocused();
  // Escape on the prompt keeps editing (it must not close the form beneath either).
  await page.keyboard.press('Escape');
  await expect(prompt(page)).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(field).toHaveValue(typed);

  await pressOutside(page);
  await expect(prompt(page)).toBeVisible();
  await prompt(page).getByRole('button', { name: 'Вернуться к форме' }).click();
  await expect(dialog).toBeVisible();
  await expect(field).toHaveValue(typed);

  await dialog.getByRole('button', { name: 'Закрыть' }).click();
  await prompt(page).getByRole('button', { name: 'Не сохранять' }).click();
  await expect(prompt(page)).toBeHidden();
  await expect(dialog).toBeHidden();
};

test('New deal: an untouched form closes at once; a typed title asks first on Escape, a press outside and ×', async ({
  page,
}) => {
  await page.goto('/#/deals');
  const open = page.getByRole('button', { name: 'Новая сделка' });
  const dialog = page.getByRole('dialog', { name: 'Новая сделка' });
  await open.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(prompt(page)).toHaveCount(0);
  await open.click();
  await pressOutside(page);
  await expect(dialog).toBeHidden();

  await open.click();
  await expectGuarded(page, dialog, dialog.getByLabel('Название'), 'Поставка станков');
  // Typing and erasing again leaves nothing to lose.
  await open.click();
  await dialog.getByLabel('Название').fill('x');
  await dialog.getByLabel('Название').fill('');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Cancel is a deliberate choice: it closes without asking.
  await open.click();
  await dialog.getByLabel('Название').fill('Поставка');
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(dialog).toBeHidden();
  await expect(prompt(page)).toHaveCount(0);
});

test('New company, New contact and the company edit ask before losing typed text', async ({ page, rpc }) => {
  await page.goto('/#/companies');
  await page.getByRole('button', { name: 'Новая компания' }).first().click();
  const company = page.getByRole('dialog', { name: 'Новая компания' });
  await expectGuarded(page, company, company.getByLabel('Название'), 'ООО «Ромашка»');

  await page.goto('/#/contacts');
  await page.getByRole('button', { name: 'Новый контакт' }).first().click();
  const contact = page.getByRole('dialog', { name: 'Новый контакт' });
  await expectGuarded(page, contact, contact.getByLabel('Имя'), 'Ирина Волкова');

  const { company: saved } = await rpc('companies.create', { name: `ООО «Правка» ${Date.now()}` });
  await page.goto(`/#/companies/${saved.id}`);
  await page.getByRole('button', { name: 'Изменить' }).click();
  const edit = page.getByRole('dialog', { name: 'Изменить компанию' });
  await page.keyboard.press('Escape');
  await expect(edit).toBeHidden();
  await page.getByRole('button', { name: 'Изменить' }).click();
  await expectGuarded(page, edit, edit.getByLabel('Отрасль'), 'Логистика');
  expect((await rpc('companies.get', { id: saved.id })).industry).toBeNull();
});

test('Settings forms ask too: a new teammate and a new pipeline', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Добавить сотрудника' }).click();
  const teammate = page.getByRole('dialog', { name: 'Новый сотрудник' });
  await expectGuarded(page, teammate, teammate.getByLabel('Имя'), 'Вера Ким');

  await page.goto('/#/pipeline/stages');
  await page.getByRole('button', { name: 'Новая воронка' }).click();
  const pipeline = page.getByRole('dialog', { name: 'Новая воронка' });
  await expectGuarded(page, pipeline, pipeline.getByLabel('Название'), 'Тендеры');
});

test('the deal drawer asks before a press outside drops a field being edited; unchanged, it closes at once', async ({
  page,
  rpc,
}) => {
  const deal = await rpc('deals.create', { title: `Ящик ${Date.now()}`, pipelineId: DEFAULT_PIPELINE.id });
  await page.goto(`/#/deals?deal=${deal.id}`);
  const drawer = page.getByTestId('deal-drawer');
  await expect(drawer).toBeVisible();
  await drawer.getByTestId('deal-notes-display').click();
  // An editor opened but unchanged loses nothing.
  await pressOutside(page);
  await expect(drawer).toBeHidden();

  await page.goto(`/#/deals?deal=${deal.id}`);
  await drawer.getByTestId('deal-notes-display').click();
  await drawer.getByLabel('Заметки').fill('Позвонить в четверг');
  await pressOutside(page);
  await expect(prompt(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeVisible();
  await expect(drawer.getByLabel('Заметки')).toHaveValue('Позвонить в четверг');
  await drawer.getByRole('button', { name: 'Закрыть' }).click();
  await expect(prompt(page)).toBeVisible();
  await prompt(page).getByRole('button', { name: 'Не сохранять' }).click();
  await expect(drawer).toBeHidden();
  expect((await rpc('deals.get', { id: deal.id })).notes).toBeNull();
});
