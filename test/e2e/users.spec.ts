import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createRpc, type Rpc } from './support/createRpc';
import { type RunningHost, startHost } from './support/startHost';

/**
 * First start needs a workspace nobody has chosen a user in: each test here gets a fresh host
 * (the shared one keeps other tests' users and settings).
 */
test.use({ whoAreYou: 'ask' });

let host: RunningHost;
let rpc: Rpc;

test.beforeEach(async () => {
  host = await startHost();
  rpc = await createRpc(host.url);
  await rpc('settings.set', { 'ui.language': 'ru' });
});

test.afterEach(async ({ page }) => {
  // Close the page first: with the host gone, its event stream would log failed reconnects.
  await page.close();
  await host.stop();
});

const open = (page: Page, path: string) => page.goto(`${host.url}${path}`);

test('with no users, the first start asks who you are, creates you and shows you in the sidebar', async ({ page }) => {
  await open(page, '#/deals');
  const dialog = page.getByRole('dialog', { name: 'Кто вы?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Добро пожаловать в Воронку!');
  await expect(dialog).toContainText('Представьтесь — вы станете первым пользователем.');
  await expect(dialog.getByLabel('Роль')).toHaveValue('admin');
  await expect(dialog.getByLabel('Имя')).toBeFocused();

  await dialog.getByRole('button', { name: 'Начать работу' }).click();
  await expect(dialog.getByTestId('user-name-error')).toHaveText('Обязательное поле');
  await dialog.getByLabel('Имя').fill('Анна Смирнова');
  await dialog.getByLabel('E-mail').fill('anna@sever.ru');
  await dialog.getByRole('button', { name: 'Начать работу' }).click();
  await expect(dialog).toBeHidden();

  const me = page.getByTestId('current-user');
  await expect(me).toContainText('Анна Смирнова');
  await expect(me).toContainText('Администратор');
  const users = await rpc('users.list');
  expect(users).toHaveLength(1);
  expect((await rpc('settings.get'))['user.currentId']).toBe(users[0]?.id);

  await page.reload();
  await expect(page.getByTestId('current-user')).toContainText('Анна Смирнова');
  await expect(page.getByRole('dialog', { name: 'Кто вы?' })).toHaveCount(0);
});

test('with users but none chosen, you pick yourself; "Later" holds for the session; switching works', async ({
  page,
}) => {
  await rpc('users.create', { name: 'Борис Орлов', role: 'manager', email: 'boris@sever.ru' });
  const vera = await rpc('users.create', { name: 'Вера Ким', role: 'rep' });
  await open(page, '#/companies');
  const dialog = page.getByRole('dialog', { name: 'Кто вы?' });
  await dialog.getByRole('button', { name: 'Позже' }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Компании' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Кто вы?' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Кто вы?' }).click();
  await expect(dialog.getByRole('radio', { name: /Борис Орлов/ })).toBeFocused();
  await dialog.getByRole('radio', { name: /Вера Ким/ }).check();
  await dialog.getByRole('button', { name: 'Продолжить' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('current-user')).toContainText('Вера Ким');
  expect((await rpc('settings.get'))['user.currentId']).toBe(vera.id);

  // The owner picker puts you first, marked "(я)"; new companies are yours by default.
  await page.getByRole('button', { name: 'Новая компания' }).first().click();
  const form = page.getByRole('dialog', { name: 'Новая компания' });
  await expect(form.getByLabel('Ответственный')).toHaveValue(vera.id);
  await expect(form.getByLabel('Ответственный').locator('option')).toHaveText([
    'Не назначен',
    'Вера Ким (я)',
    'Борис Орлов',
  ]);
  await form.getByRole('button', { name: 'Отмена' }).click();

  await page.getByRole('button', { name: 'Сменить пользователя' }).click();
  // Someone is already chosen: no first-start welcome, a plain question.
  await expect(dialog).toContainText('Кто сейчас работает за этим устройством?');
  await expect(dialog).not.toContainText('Добро пожаловать');
  await dialog.getByRole('button', { name: 'Меня нет в списке' }).click();
  await dialog.getByLabel('Имя').fill('Глеб Новиков');
  await dialog.getByRole('button', { name: 'Начать работу' }).click();
  await expect(page.getByTestId('current-user')).toContainText('Глеб Новиков');
  await expect(page.getByTestId('current-user')).toContainText('Менеджер по продажам');
});

test('Settings → Team lists users and adds, edits, deactivates and activates them', async ({ page }) => {
  const me = await rpc('users.create', { name: 'Анна Смирнова', role: 'admin' });
  await rpc('settings.set', { 'user.currentId': me.id });
  await open(page, '#/settings');
  const team = page.getByRole('region', { name: 'Команда' });
  await expect(team.getByRole('row').filter({ hasText: 'Анна Смирнова' })).toContainText('это вы');
  await expect(team.getByRole('button', { name: 'Отключить: Анна Смирнова' })).toBeDisabled();

  await team.getByRole('button', { name: 'Добавить сотрудника' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новый сотрудник' });
  await dialog.getByLabel('Имя').fill('Денис Лебедев');
  await dialog.getByLabel('E-mail').fill('денис@');
  await dialog.getByRole('button', { name: 'Добавить' }).click();
  await expect(dialog.getByTestId('user-email-error')).toHaveText('Неверный адрес e-mail');
  await dialog.getByLabel('E-mail').fill('denis@sever.ru');
  await dialog.getByLabel('Руководитель').selectOption({ label: 'Анна Смирнова' });
  await dialog.getByRole('button', { name: 'Добавить' }).click();
  await expect(dialog).toBeHidden();
  const denis = team.getByRole('row').filter({ hasText: 'Денис Лебедев' });
  await expect(denis).toContainText('denis@sever.ru');
  await expect(denis.getByRole('cell').nth(2)).toHaveText('Менеджер по продажам');
  await expect(denis).toContainText('Руководитель: Анна Смирнова');

  await team.getByRole('button', { name: 'Изменить: Денис Лебедев' }).click();
  const edit = page.getByRole('dialog', { name: 'Сотрудник' });
  await edit.getByLabel('Роль').selectOption('manager');
  await edit.getByRole('button', { name: 'Сохранить' }).click();
  await expect(denis.getByRole('cell').nth(2)).toHaveText('Руководитель');

  await team.getByRole('button', { name: 'Отключить: Денис Лебедев' }).click();
  const confirm = page.getByRole('dialog', { name: 'Отключить сотрудника' });
  await expect(confirm).toContainText('Открытых сделок у сотрудника нет.');
  await confirm.getByRole('button', { name: 'Отключить', exact: true }).click();
  await expect(denis).toContainText('Отключён');
  const stored = (await rpc('users.list', { includeInactive: true })).find((user) => user.name === 'Денис Лебедев');
  expect(stored).toMatchObject({ active: false, role: 'manager', email: 'denis@sever.ru', managerId: me.id });

  // A deactivated user is no longer offered as an owner.
  await page.getByRole('link', { name: 'Компании' }).click();
  await page.getByRole('button', { name: 'Новая компания' }).first().click();
  await expect(page.getByRole('dialog').getByLabel('Ответственный').locator('option')).toHaveText([
    'Не назначен',
    'Анна Смирнова (я)',
  ]);
  await page.getByRole('dialog').getByRole('button', { name: 'Отмена' }).click();

  await page.getByRole('link', { name: 'Настройки' }).click();
  await team.getByRole('button', { name: 'Включить: Денис Лебедев' }).click();
  await expect(denis).toContainText('Активен');
});
