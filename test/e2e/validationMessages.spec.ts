import { expect, test } from './fixtures';
import { column } from './support/boardPage';

/** Validation says what is wrong, and text boxes stop at the contract's limit with a counter near it. */
test.beforeEach(async ({ rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
});

test('a negative or too large sum says so instead of "enter a number"', async ({ page }) => {
  await page.goto('/#/deals');
  await page.getByRole('button', { name: 'Новая сделка' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новая сделка' });
  await dialog.getByLabel('Название').fill('Поставка');
  const value = dialog.getByLabel('Сумма');
  const submit = dialog.getByRole('button', { name: 'Создать сделку' });
  await value.fill('-500');
  await submit.click();
  await expect(dialog.getByTestId('deal-value-error')).toHaveText('Сумма не может быть отрицательной');
  await value.fill('100000000000000');
  await submit.click();
  await expect(dialog.getByTestId('deal-value-error')).toHaveText(/^Не больше 100\s000\s000\s000\s₽$/);
  await value.fill('12abc');
  await submit.click();
  await expect(dialog.getByTestId('deal-value-error')).toHaveText(/^Введите число/);
});

test('titles stop at 200 characters, with a counter near the limit, in the dialog and in quick add', async ({
  page,
}) => {
  const long = 'Я'.repeat(274);
  await page.goto('/#/deals');
  await page.getByRole('button', { name: 'Новая сделка' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новая сделка' });
  const title = dialog.getByLabel('Название');
  await title.fill('Я'.repeat(100));
  await expect(dialog.getByTestId('length-counter')).toHaveCount(0);
  await title.fill('Я'.repeat(170));
  await expect(dialog.getByTestId('length-counter')).toHaveText('170 / 200');
  await title.pressSequentially('ЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯЯ');
  await expect(title).toHaveValue('Я'.repeat(200));
  await expect(dialog.getByTestId('length-counter')).toHaveText('200 / 200');
  await dialog.getByRole('button', { name: 'Отмена' }).click();

  await page.goto('/#/pipeline');
  const negotiation = column(page, 'negotiation');
  await negotiation.getByRole('button', { name: 'Быстро добавить сделку в «Переговоры»' }).click();
  const form = negotiation.getByTestId('quick-add');
  const box = form.getByRole('textbox', { name: 'Название новой сделки на этапе «Переговоры»' });
  await box.fill(long.slice(0, 150));
  await box.pressSequentially(long.slice(0, 124));
  await expect(box).toHaveValue('Я'.repeat(200));
  await expect(form.getByTestId('length-counter')).toHaveText('200 / 200');
});

test('company form boxes stop at their contract limits', async ({ page }) => {
  await page.goto('/#/companies');
  await page.getByRole('button', { name: 'Новая компания' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Новая компания' });
  await dialog.getByLabel('Отрасль').fill('О'.repeat(90));
  await dialog.getByLabel('Отрасль').pressSequentially('ОООООООООООООООО');
  await expect(dialog.getByLabel('Отрасль')).toHaveValue('О'.repeat(100));
  await expect(dialog.getByTestId('length-counter')).toHaveText('100 / 100');
});
