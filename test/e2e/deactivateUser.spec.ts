import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';
import { createRpc, type Rpc } from './support/createRpc';
import { type RunningHost, startHost } from './support/startHost';

/**
 * Deactivating a rep warns about their open deals and can hand them to a teammate in the same
 * write; deals left with a deactivated owner stay reachable through the owner filters.
 */
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

let host: RunningHost;
let rpc: Rpc;

test.beforeEach(async () => {
  // A host of its own: the tests choose the current user, which other specs leave unset.
  host = await startHost();
  rpc = await createRpc(host.url);
});

test.afterEach(async ({ page }) => {
  await page.close();
  await host.stop();
});

const workspace = async () => {
  const me = await rpc('users.create', { name: 'Анна Смирнова', role: 'manager' });
  await rpc('settings.set', { 'user.currentId': me.id, 'ui.language': 'ru' });
  const rep = await rpc('users.create', { name: 'Глеб Орлов', role: 'rep', managerId: me.id });
  const heir = await rpc('users.create', { name: 'Вера Ким', role: 'rep' });
  const deals = [];
  for (const title of ['Поставка станков', 'Сервисный контракт', 'Лицензии на год']) {
    deals.push(
      await rpc('deals.create', { title, pipelineId: DEFAULT_PIPELINE.id, ownerId: rep.id, valueMinor: 100_00 }),
    );
  }
  return { me, rep, heir, deals };
};

const openTeam = async (page: Page) => {
  await page.goto(`${host.url}#/settings`);
  return page.getByRole('region', { name: 'Команда' });
};

test('the warning counts the open deals, and "Reassign and deactivate" hands them over in one step', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const { me, rep, heir, deals } = await workspace();
  const team = await openTeam(page);
  await team.getByRole('button', { name: 'Отключить: Глеб Орлов' }).click();
  const dialog = page.getByRole('dialog', { name: 'Отключить сотрудника' });
  await expect(dialog.getByTestId('deactivate-warning')).toContainText('У сотрудника Глеб Орлов 3 открытые сделки');
  // Their manager is offered first; the person leaving is not offered at all.
  const heirBox = dialog.getByLabel('Новый ответственный');
  await expect(heirBox).toHaveValue(me.id);
  await expect(heirBox.locator('option')).toHaveText(['Анна Смирнова (я)', 'Вера Ким']);
  await heirBox.selectOption({ label: 'Вера Ким' });
  await page.screenshot({ path: `${SHOTS}/deactivate-user-ru-1280.png`, animations: 'disabled' });

  await dialog.getByRole('button', { name: 'Передать и отключить' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Сотрудник Глеб Орлов отключён; 3 открытые сделки переданы: Вера Ким' }),
  ).toBeVisible();
  await expect(team.getByRole('row').filter({ hasText: 'Глеб Орлов' })).toContainText('Отключён');
  for (const deal of deals) expect((await rpc('deals.get', { id: deal.id })).ownerId).toBe(heir.id);
  expect((await rpc('users.get', { id: rep.id })).active).toBe(false);
});

test('deals left with a deactivated owner are listed by the owner filters under "Deactivated"; pickers do not assign them', async ({
  page,
}) => {
  const { rep } = await workspace();
  const team = await openTeam(page);
  await team.getByRole('button', { name: 'Отключить: Глеб Орлов' }).click();
  const dialog = page.getByRole('dialog', { name: 'Отключить сотрудника' });
  await dialog.getByRole('radio', { name: /Оставить за сотрудником/ }).check();
  await expect(dialog.getByLabel('Новый ответственный')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Отключить', exact: true }).click();
  await expect(dialog).toBeHidden();
  expect((await rpc('deals.list', { ownerId: rep.id })).rows.map((deal) => deal.ownerId)).toEqual([
    rep.id,
    rep.id,
    rep.id,
  ]);

  await page.getByRole('link', { name: 'Сделки' }).click();
  const ownerFilter = page.getByLabel('Ответственный', { exact: true });
  await expect(ownerFilter.locator('optgroup[label="Отключённые"] option')).toHaveText(['Глеб Орлов (отключён)']);
  await ownerFilter.selectOption({ label: 'Глеб Орлов (отключён)' });
  await expect(page.getByRole('row').filter({ hasText: 'Поставка станков' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Лицензии на год' })).toBeVisible();

  await page.goto(`${host.url}#/pipeline`);
  const boardFilter = page.getByLabel('Ответственный', { exact: true });
  await boardFilter.selectOption({ label: 'Глеб Орлов (отключён)' });
  await expect(page.getByText('Сервисный контракт')).toBeVisible();

  await page.getByRole('link', { name: 'Компании' }).click();
  await expect(
    page.getByRole('group', { name: 'Фильтры' }).getByLabel('Ответственный').locator('optgroup option'),
  ).toHaveText(['Глеб Орлов (отключён)']);
  // A picker that assigns offers active people only.
  await page.getByRole('button', { name: 'Новая компания' }).first().click();
  await expect(page.getByRole('dialog').getByLabel('Ответственный').locator('option')).toHaveText([
    'Не назначен',
    'Анна Смирнова (я)',
    'Вера Ким',
  ]);
});

test('with no open deals it just says so and deactivates', async ({ page }) => {
  const { heir } = await workspace();
  const team = await openTeam(page);
  await team.getByRole('button', { name: 'Отключить: Вера Ким' }).click();
  const dialog = page.getByRole('dialog', { name: 'Отключить сотрудника' });
  await expect(dialog).toContainText('Открытых сделок у сотрудника нет.');
  await dialog.getByRole('button', { name: 'Отключить', exact: true }).click();
  await expect(dialog).toBeHidden();
  expect((await rpc('users.get', { id: heir.id })).active).toBe(false);
});
