import { expect, test } from './fixtures';
import { card, column } from './support/boardPage';
import { type BoardWorkspace, seedBoardDeals, startBoardWorkspace } from './support/boardWorkspace';
import { holdCalls } from './support/holdCalls';

/**
 * The deal drawer against the real core: opens from a card or a table row (and from the URL),
 * edits fields inline with the contract's validation, shows each change in the timeline, ticks
 * the checklist with who and when, closes the deal, deletes with Undo.
 */
let ws: BoardWorkspace;

/** "old → new" as the timeline reads (the arrow is also said as "на" to screen readers). */
const change = (from: string, to: string) => new RegExp(`${from}\\s*→\\s*на\\s*${to}`);

test.use({ viewport: { width: 1680, height: 940 } });

test.beforeAll(async () => {
  ws = await startBoardWorkspace('ru');
});

test.afterAll(async () => {
  await ws.host.stop();
});

test('a card opens the drawer; Escape closes it; the URL reopens it', async ({ page }) => {
  const tag = `Ящик ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [
    {
      title: `${tag} поставка`,
      valueMinor: 1_500_000_00,
      stageKey: 'qualification',
      ownerId: ws.anna.id,
      company: `ООО «Север» ${tag}`,
    },
  ]);
  await page.goto(`${ws.host.url}#/pipeline`);
  await card(column(page, 'qualification'), `${tag} поставка`).click();
  const drawer = page.getByRole('dialog', { name: `${tag} поставка` });
  await expect(drawer).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`deal=${deal!.id}`));
  await expect(drawer.getByTestId('drawer-value')).toHaveText(/1\s500\s000\s₽/);
  await expect(drawer.getByTestId('deal-company-display')).toHaveText(`ООО «Север» ${tag}`);
  await expect(drawer.getByLabel('Ответственный')).toHaveValue(ws.anna.id);
  await expect(drawer.getByTestId('checklist-item')).toHaveCount(4);
  await expect(drawer.getByTestId('timeline-entry').last()).toContainText('Сделка создана на этапе «Квалификация»');

  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(page).not.toHaveURL(/deal=/);
  // Focus goes back to the card that opened it.
  await expect(card(column(page, 'qualification'), `${tag} поставка`)).toBeFocused();

  await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
  await expect(page.getByRole('dialog', { name: `${tag} поставка` })).toBeVisible();
  await page.getByTestId('drawer-close').click();
  await expect(page.getByTestId('deal-drawer')).toBeHidden();
});

test('fields are edited in place and validated; every change is in the timeline with who, old and new', async ({
  page,
}) => {
  const tag = `Правка ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} станки`, valueMinor: 100_000_00, stageKey: 'proposal' },
  ]);
  const company = (await ws.rpc('companies.create', { name: `АО «Уралтех» ${tag}`, inn: null })).company;
  await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
  const drawer = page.getByTestId('deal-drawer');
  await expect(drawer.getByRole('heading', { name: 'Детали' })).toBeVisible();

  // Value: a bad amount is refused in place; a good one is saved and shows old → new.
  await drawer.getByTestId('deal-value-display').click();
  await drawer.getByRole('textbox', { name: 'Сумма' }).fill('двести');
  await drawer.getByRole('textbox', { name: 'Сумма' }).press('Enter');
  await expect(drawer.getByTestId('deal-value-error')).toHaveText('Введите число, например 1 500,50');
  await drawer.getByRole('textbox', { name: 'Сумма' }).fill('250 000,50');
  await drawer.getByRole('textbox', { name: 'Сумма' }).press('Enter');
  await expect(drawer.getByTestId('drawer-value')).toHaveText(/250\s000,50\s₽/);
  const newest = drawer.getByTestId('timeline-entry').first();
  await expect(newest).toContainText('Изменено поле «Сумма»');
  await expect(newest).toContainText(change('100\\s000\\s₽', '250\\s000,50\\s₽'));
  await expect(newest).toContainText('Анна Смирнова');

  // Title: empty is refused with the contract's message; Escape puts it back.
  await drawer.getByTestId('deal-title-display').click();
  await drawer.getByRole('textbox', { name: 'Название' }).fill('   ');
  await drawer.getByRole('textbox', { name: 'Название' }).press('Enter');
  await expect(drawer.getByTestId('deal-title-error')).toHaveText('Обязательное поле');
  await drawer.getByRole('textbox', { name: 'Название' }).press('Escape');
  await expect(drawer.getByTestId('deal-title-display')).toHaveText(`${tag} станки`);
  await expect(drawer).toBeVisible();

  // Selects save as soon as they change.
  await drawer.getByLabel('Ответственный').selectOption({ label: 'Олег Кузнецов' });
  await expect(drawer.getByTestId('timeline-entry').first()).toContainText(
    change('Ответственный».*Анна Смирнова', 'Олег Кузнецов'),
  );
  await drawer.getByLabel('Тип').selectOption({ label: 'Допродажа' });
  await expect(drawer.getByTestId('timeline-entry').first()).toContainText(change('Новая продажа', 'Допродажа'));

  // The company is found by typing part of its name.
  await drawer.getByTestId('deal-company-display').click();
  await drawer.getByRole('combobox', { name: 'Компания' }).fill(tag.toLowerCase());
  // Under load the drawer's refresh after the kind change can replace the list as the click lands
  // (seen once in a full run on a busy machine): the option is clicked again while it is still offered.
  await expect(async () => {
    const option = drawer.getByRole('option', { name: new RegExp(tag) });
    if (await option.isVisible()) await option.click({ timeout: 2_000 });
    await expect(drawer.getByTestId('deal-company-display')).toHaveText(company.name, { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await expect(drawer.getByTestId('timeline-entry').first()).toContainText(change('Компания».*—', company.name));

  await drawer.getByTestId('deal-notes-display').click();
  await drawer.getByRole('textbox', { name: 'Заметки' }).fill('Пилот на двух площадках');
  await drawer.getByRole('button', { name: 'Сохранить' }).click();
  await expect(drawer.getByTestId('deal-notes-display')).toHaveText('Пилот на двух площадках');

  const stored = await ws.rpc('deals.get', { id: deal!.id });
  expect(stored).toMatchObject({
    valueMinor: 250_000_50,
    ownerId: ws.oleg.id,
    kind: 'upsell',
    companyId: company.id,
    notes: 'Пилот на двух площадках',
  });
  // The board follows the drawer's edits.
  await page.keyboard.press('Escape');
  await expect(card(column(page, 'proposal'), `${tag} станки`)).toContainText(company.name);
});

test('the checklist ticks record who and when; the stage strip moves the deal, gated like the board', async ({
  page,
}) => {
  const tag = `Чек ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} лицензии`, valueMinor: 1_00, stageKey: 'qualification' },
  ]);
  await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
  const drawer = page.getByTestId('deal-drawer');
  await drawer.getByRole('button', { name: 'Перевести на этап «Презентация и КП»' }).click();
  const panel = drawer.getByTestId('gate-panel');
  await expect(panel.getByRole('checkbox')).toHaveCount(4);

  const budget = drawer.getByTestId('checklist-item').filter({ hasText: 'Бюджет подтверждён' });
  await budget.getByRole('checkbox').check();
  await expect(budget).toContainText('Анна Смирнова');
  await expect(drawer.getByTestId('checklist-progress')).toHaveText('Отмечено обязательных: 1 из 4');
  await expect(drawer.getByTestId('timeline-entry').first()).toContainText('Отмечено: «Бюджет подтверждён»');

  for (const label of ['ЛПР подтверждён', 'Потребность подтверждена', 'Сроки подтверждены'])
    await panel.getByLabel(label).check();
  await panel.getByRole('button', { name: 'Перевести снова' }).click();
  await expect(panel).toBeHidden();
  await expect(drawer.getByRole('heading', { name: 'Контрольные точки этапа «Презентация и КП»' })).toBeVisible();
  await expect(drawer.getByTestId('timeline-entry').first()).toContainText(
    change('Этап изменён\\s*Квалификация', 'Презентация и КП'),
  );
  expect((await ws.rpc('deals.get', { id: deal!.id })).stageId).toBe('00000000-0000-7000-8000-000000000203');
});

test('Lost from the drawer needs a reason; Reopen brings it back', async ({ page }) => {
  const tag = `Итог ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [{ title: `${tag} аудит`, valueMinor: 1_00, stageKey: 'negotiation' }]);
  await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
  const drawer = page.getByTestId('deal-drawer');
  await drawer.getByRole('button', { name: 'Проиграна' }).click();
  const dialog = page.getByRole('dialog', { name: 'Сделка проиграна' });
  await dialog.getByRole('button', { name: 'Отметить проигранной' }).click();
  await expect(dialog.getByTestId('loss-reason-error')).toBeVisible();
  await dialog.getByLabel('Цена').check();
  await dialog.getByRole('button', { name: 'Отметить проигранной' }).click();
  await expect(drawer.getByTestId('drawer-loss')).toHaveText('Причина проигрыша: Цена');
  await expect(drawer.getByTestId('timeline-entry').first()).toContainText('Сделка проигранаПричина: Цена');
  // Escape in the reason dialog closed only the dialog; the drawer stayed.
  await expect(drawer).toBeVisible();

  await drawer.getByRole('button', { name: 'Вернуть в работу' }).click();
  await expect(drawer.getByRole('button', { name: 'Выиграна' })).toBeVisible();
  await expect(drawer.getByTestId('timeline-entry').first()).toContainText('Сделка возвращена в работу');
  await expect(drawer.getByTestId('timeline-entry').nth(1)).toContainText('Сделка проигранаПричина: Цена');
  expect((await ws.rpc('deals.get', { id: deal!.id })).status).toBe('open');
});

test('delete takes the deal off the board; Undo in the toast restores it', async ({ page }) => {
  const tag = `Удаление ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [{ title: `${tag} пилот`, valueMinor: 1_00, stageKey: 'new_lead' }]);
  await page.goto(`${ws.host.url}#/pipeline`);
  await card(column(page, 'new_lead'), `${tag} пилот`).click();
  const drawer = page.getByTestId('deal-drawer');
  await drawer.getByRole('button', { name: 'Удалить' }).click();
  await expect(drawer).toBeHidden();
  await expect(card(column(page, 'new_lead'), `${tag} пилот`)).toHaveCount(0);
  const toast = page.getByRole('status').filter({ hasText: `Сделка «${tag} пилот» удалена` });
  await toast.getByRole('button', { name: 'Отменить' }).click();
  await expect(card(column(page, 'new_lead'), `${tag} пилот`)).toBeVisible();
  expect((await ws.rpc('deals.get', { id: deal!.id })).title).toBe(`${tag} пилот`);

  await card(column(page, 'new_lead'), `${tag} пилот`).click();
  await expect(page.getByTestId('timeline-entry').first()).toContainText('Сделка восстановлена');
  await expect(page.getByTestId('timeline-entry').nth(1)).toContainText('Сделка удалена');
});

test('a row of the Deals table opens the same drawer', async ({ page }) => {
  const tag = `Таблица ${Date.now()}`;
  await seedBoardDeals(ws.rpc, [{ title: `${tag} договор`, valueMinor: 1_00, stageKey: 'contract' }]);
  await page.goto(`${ws.host.url}#/deals`);
  await page.getByRole('searchbox', { name: 'Поиск' }).fill(tag);
  await page.getByRole('row').filter({ hasText: tag }).getByRole('cell').nth(3).click();
  const drawer = page.getByRole('dialog', { name: `${tag} договор` });
  await expect(drawer).toBeVisible();
  await expect(page).toHaveURL(/#\/deals\?(.+&)?deal=/);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  // The drawer's param is gone; the table's search stays in the URL.
  await expect(page).toHaveURL(/#\/deals\?q=[^&]+$/);
});

test('"Move again" right after the last tick waits for the tick: the deal moves', async ({ page }) => {
  const tag = `Порядок ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [{ title: `${tag} стенд`, valueMinor: 1_00, stageKey: 'qualification' }]);
  await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
  const drawer = page.getByTestId('deal-drawer');
  await drawer.getByRole('button', { name: 'Перевести на этап «Презентация и КП»' }).click();
  const panel = drawer.getByTestId('gate-panel');
  await expect(panel.getByRole('checkbox')).toHaveCount(4);
  const ticks = await holdCalls(page, 'deals.check');
  for (const label of ['Бюджет подтверждён', 'ЛПР подтверждён', 'Потребность подтверждена']) {
    await panel.getByLabel(label).check();
  }
  await expect.poll(ticks.answered).toBe(3);
  // The last tick is held on its way: a move sent at once would reach the core first, be refused.
  ticks.holdNext();
  await panel.getByLabel('Сроки подтверждены').check();
  await panel.getByRole('button', { name: 'Перевести снова' }).click();
  ticks.release();
  await expect(panel).toBeHidden();
  await expect
    .poll(async () => (await ws.rpc('deals.get', { id: deal!.id })).stageId)
    .toBe('00000000-0000-7000-8000-000000000203');
});

test('"Move again" clicked as a field the gate asks for is left waits for its save: the deal moves', async ({
  page,
}) => {
  const tag = `Поле ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [{ title: `${tag} станок`, valueMinor: 1_00, stageKey: 'new_lead' }]);
  const tender = await ws.rpc('customFields.create', {
    entity: 'deal',
    nameRu: `Тендер ${tag}`,
    nameEn: `Tender ${tag}`,
    type: 'text',
    required: 'stage',
    requiredStageId: deal!.stageId,
  });
  try {
    await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
    const drawer = page.getByTestId('deal-drawer');
    await drawer.getByRole('button', { name: 'Перевести на этап «Квалификация»' }).click();
    const panel = drawer.getByTestId('gate-panel');
    await expect(panel.getByTestId('gate-missing-fields')).toContainText(`Тендер ${tag}`);
    // The field's save is held on its way: a move sent at once would reach the core first, be refused.
    const saves = await holdCalls(page, 'customFields.setValues');
    saves.holdNext();
    await drawer.getByLabel(`Тендер ${tag}`).fill('Т-7');
    await panel.getByRole('button', { name: 'Перевести снова' }).click();
    saves.release();
    await expect(panel).toBeHidden();
    await expect.poll(async () => (await ws.rpc('deals.get', { id: deal!.id })).stageId).not.toBe(deal!.stageId);
  } finally {
    await ws.rpc('customFields.archive', { id: tender.id });
  }
});
