import { ru } from '@shared/i18n/ru';
import { expect, test } from './fixtures';

const tag = () => Date.now().toString(36);

test('a persona defined in Settings shows on the page of a contact that names it, and is offered in the contact form', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const name = `Технический эксперт ${tag()}`;
  const { contact } = await rpc('contacts.create', { name: `Павел Орлов ${tag()}`, persona: name.toUpperCase() });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#/settings');
  const card = page.getByTestId('personas-card');
  await card.getByRole('button', { name: 'Новая персона' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новая персона' });
  await dialog.getByLabel('Название').fill(name);
  await dialog.getByLabel('Роль в решении').fill('Оценивает решение, бюджет не решает');
  await dialog.getByLabel('Боли').fill('Старая система падает по ночам');
  await dialog.getByLabel('Возражения').fill('Нет интеграции с 1С');
  await dialog.getByLabel('E-mail').check();
  await dialog.getByLabel('Встреча').check();
  await dialog.getByRole('button', { name: 'Сохранить персону' }).click();
  await expect(dialog).toBeHidden();
  const row = card.getByTestId('persona-row').filter({ hasText: name });
  await expect(row).toContainText('Оценивает решение, бюджет не решает · E-mail, Встреча');
  await expect(row).toContainText('Контактов: 1');

  await page.goto(`/#/contacts/${contact.id}`);
  const persona = page.getByTestId('contact-persona');
  await expect(persona.getByRole('heading', { name })).toBeVisible();
  await expect(persona).toContainText('Старая система падает по ночам');
  await expect(persona).toContainText('Нет интеграции с 1С');
  await page.screenshot({ path: 'test-results/screenshots/contact-persona-ru.png' });

  await page.getByRole('button', { name: 'Изменить' }).first().click();
  await expect(page.locator(`#contact-persona-names option[value="${name}"]`)).toHaveCount(1);
});

test('deleting a persona asks first: dismissed it stays, confirmed it leaves the list and the workspace', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const name = `Закупщик ${tag()}`;
  await rpc('personas.create', { name, role: null, goals: null, pains: null, objections: null, channels: [] });
  await page.goto('/#/settings');
  const card = page.getByTestId('personas-card');
  const row = card.getByTestId('persona-row').filter({ hasText: name });
  const remove = row.getByRole('button', { name: `Удалить персону «${name}»` });

  page.once('dialog', (dialog) => void dialog.dismiss());
  await remove.click();
  await expect(row).toBeVisible();
  expect((await rpc('personas.list', {})).some((persona) => persona.name === name)).toBe(true);

  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain(name);
    void dialog.accept();
  });
  await remove.click();
  await expect(row).toHaveCount(0);
  expect((await rpc('personas.list', {})).some((persona) => persona.name === name)).toBe(false);
});

test('a save the core refuses for no field says why in a toast and keeps the dialog as typed', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const name = `Финансовый директор ${tag()}`;
  await page.route('**/rpc', async (route) => {
    const body = route.request().postDataJSON() as { method: string };
    if (body.method !== 'personas.create') return route.fallback();
    return route.fulfill({ json: { ok: false, error: { code: 'CONFLICT', message: 'busy' } } });
  });
  await page.goto('/#/settings');
  await page.getByTestId('personas-card').getByRole('button', { name: 'Новая персона' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новая персона' });
  await dialog.getByLabel('Название').fill(name);
  await dialog.getByRole('button', { name: 'Сохранить персону' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: ru.errors.CONFLICT })).toBeVisible();
  await expect(dialog.getByLabel('Название')).toHaveValue(name);
  await expect(dialog.getByRole('button', { name: 'Сохранить персону' })).toBeEnabled();

  // Once the core takes it, the same dialog saves.
  await page.unroute('**/rpc');
  await dialog.getByRole('button', { name: 'Сохранить персону' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('persona-row').filter({ hasText: name })).toBeVisible();
});
