import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { createRpc, type Rpc } from './support/createRpc';
import { type RunningHost, startHost } from './support/startHost';

/**
 * New deal: company (picked, or created from the typed name), contact (of that company, or
 * created), owner (you by default), close date and source, all sent in one write.
 */
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

let host: RunningHost;
let rpc: Rpc;

test.beforeEach(async () => {
  // A host of its own: the owner defaults to the current user, which other specs leave unset.
  host = await startHost();
  rpc = await createRpc(host.url);
});

test.afterEach(async ({ page }) => {
  await page.close();
  await host.stop();
});

const workspace = async () => {
  const me = await rpc('users.create', { name: 'Анна Смирнова', role: 'rep' });
  const vera = await rpc('users.create', { name: 'Вера Ким', role: 'rep' });
  await rpc('settings.set', { 'user.currentId': me.id, 'ui.language': 'ru' });
  return { me, vera };
};

test('a company and a contact typed in the dialog are created with the deal, with owner, close date and source', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const { me, vera } = await workspace();
  await page.goto(`${host.url}#/deals`);
  await page.getByRole('button', { name: 'Новая сделка' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новая сделка' });
  await expect(dialog.getByLabel('Ответственный')).toHaveValue(me.id);

  await dialog.getByLabel('Название').fill('Поставка станков');
  await dialog.getByLabel('Сумма').fill('250 000');
  await dialog.getByLabel('Компания').fill('ООО «Новая Заря»');
  await dialog.getByRole('option', { name: 'Создать компанию «ООО «Новая Заря»»' }).click();
  await expect(dialog.getByLabel('Компания')).toHaveValue('ООО «Новая Заря»');
  await expect(dialog.getByText('Появится вместе со сделкой')).toBeVisible();
  await dialog.getByLabel('Контакт').fill('Ирина Волкова');
  await dialog.getByRole('option', { name: 'Создать контакт «Ирина Волкова»' }).click();
  await dialog.getByLabel('Ответственный').selectOption({ label: 'Вера Ким' });
  await dialog.getByLabel('Дата закрытия').fill('2026-12-30');
  await dialog.getByLabel('Источник').selectOption({ label: 'Рекомендация' });
  await page.screenshot({ path: `${SHOTS}/new-deal-dialog-ru-1280.png`, animations: 'disabled' });

  // The discard prompt over this half-filled form.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog', { name: 'Не сохранять изменения?' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/discard-prompt-ru-1280.png`, animations: 'disabled' });
  await page.getByRole('button', { name: 'Вернуться к форме' }).click();

  await dialog.getByRole('button', { name: 'Создать сделку' }).click();
  await expect(dialog).toBeHidden();
  const { rows } = await rpc('deals.list', { search: 'Поставка станков' });
  expect(rows).toHaveLength(1);
  const deal = rows[0]!;
  expect(deal).toMatchObject({ ownerId: vera.id, valueMinor: 250_000_00 });
  expect(deal.sourceId).not.toBeNull();
  expect(deal.expectedCloseOn).toBe('2026-12-30');
  const company = await rpc('companies.get', { id: deal.companyId! });
  expect(company.name).toBe('ООО «Новая Заря»');
  const contact = await rpc('contacts.get', { id: deal.contactId! });
  expect(contact).toMatchObject({ name: 'Ирина Волкова', companyId: company.id });
});

test('an existing company is picked by name and the contact list offers only its people', async ({ page }) => {
  await workspace();
  const { company } = await rpc('companies.create', { name: 'ООО «Север»' });
  const { company: other } = await rpc('companies.create', { name: 'АО «Юг»' });
  await rpc('contacts.create', { name: 'Пётр Северов', companyId: company.id });
  await rpc('contacts.create', { name: 'Павел Южин', companyId: other.id });

  await page.goto(`${host.url}#/deals`);
  await page.getByRole('button', { name: 'Новая сделка' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новая сделка' });
  await dialog.getByLabel('Название').fill('Сервис');
  await dialog.getByLabel('Компания').fill('Север');
  await dialog.getByRole('option', { name: /ООО «Север»/ }).click();
  await dialog.getByLabel('Контакт').fill('П');
  await expect(dialog.getByRole('option', { name: /Пётр Северов/ })).toBeVisible();
  await expect(dialog.getByRole('option', { name: /Павел Южин/ })).toHaveCount(0);
  await dialog.getByRole('option', { name: /Пётр Северов/ }).click();
  await dialog.getByRole('button', { name: 'Создать сделку' }).click();
  await expect(dialog).toBeHidden();
  const deal = (await rpc('deals.list', { search: 'Сервис' })).rows[0]!;
  expect(deal.companyId).toBe(company.id);
  expect((await rpc('contacts.get', { id: deal.contactId! })).name).toBe('Пётр Северов');
  // Nothing new was created for a picked company.
  expect((await rpc('companies.list', {})).total).toBe(2);
});

test('a save the core refuses for a reason no field shows: the toast is shown in the dialog, above its backdrop, and can be dismissed', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await workspace();
  await page.route('**/rpc', (route) =>
    (route.request().postDataJSON() as { method?: string } | null)?.method === 'deals.create'
      ? route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({ ok: false, error: { code: 'CONFLICT', message: 'The deal changed meanwhile' } }),
        })
      : route.fallback(),
  );
  await page.goto(`${host.url}#/deals`);
  await page.getByRole('button', { name: 'Новая сделка' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новая сделка' });
  await dialog.getByLabel('Название').fill('Поставка станков');
  await dialog.getByRole('button', { name: 'Создать сделку' }).click();
  // Under the backdrop, a toast of the page was hidden and inert: it is the dialog's own now.
  const toast = dialog.getByTestId('toast');
  await expect(toast).toBeVisible();
  await expect(page.getByTestId('toast')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/dialog-toast-ru-1280.png`, animations: 'disabled' });
  await toast.getByRole('button', { name: 'Скрыть' }).click();
  await expect(toast).toHaveCount(0);
  await expect(dialog.getByLabel('Название')).toHaveValue('Поставка станков');
  await page.unroute('**/rpc');
});
