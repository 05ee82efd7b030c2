import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';
import { card, column, countOf, dragTo, keyboardPickUpAndMove, pickUpAndMove, sumOf } from './support/boardPage';
import { type BoardWorkspace, seedBoardDeals, stageIdOf, startBoardWorkspace } from './support/boardWorkspace';
import { itemsBefore } from './support/itemsBefore';

/**
 * The pipeline board against the real core: drag and drop with the pointer and the keyboard,
 * control-point gates shown and cleared inline, Won/Lost, totals, filters, quick add, paging.
 * One host for the file, so column totals are this file's alone.
 */
let ws: BoardWorkspace;

// Wide enough for all six columns, as a sales director's monitor is.
test.use({ viewport: { width: 1680, height: 940 } });

test.beforeAll(async () => {
  ws = await startBoardWorkspace('ru');
});

test.afterAll(async () => {
  await ws.host.stop();
});

const pointLabels = (stageKey: string) =>
  ({
    qualification: ['Бюджет подтверждён', 'ЛПР подтверждён', 'Потребность подтверждена', 'Сроки подтверждены'],
    contract: ['Договор подписан', 'Счёт выставлен', 'Оплата получена'],
  })[stageKey] ?? [];

test('a forward drag is stopped by unticked control points, ticked inline, then moved; totals follow and persist', async ({
  page,
}) => {
  const tag = `Гейт ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [
    {
      title: `${tag} станки`,
      valueMinor: 1_250_000_00,
      stageKey: 'qualification',
      ownerId: ws.anna.id,
      company: 'ООО «Север»',
    },
    { title: `${tag} сосед`, valueMinor: 10_000_00, stageKey: 'proposal' },
  ]);
  await page.goto(`${ws.host.url}#/pipeline`);
  const from = column(page, 'qualification');
  const to = column(page, 'proposal');
  const moving = card(from, `${tag} станки`);
  await expect(moving).toBeVisible();
  await expect(moving.getByTestId('card-checklist')).toHaveText('0/4');
  const before = {
    fromCount: await countOf(from),
    fromSum: await sumOf(from),
    toCount: await countOf(to),
    toSum: await sumOf(to),
  };

  await dragTo(page, moving, to.getByTestId('column-list'));

  // Refused: the card is back in its column with the reason and the checklist right under it.
  const panel = from.getByTestId('gate-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading')).toHaveText('Переход заблокирован');
  await expect(panel).toContainText(
    'Чтобы перевести сделку на этап «Презентация и КП», отметьте 4 обязательных пункта',
  );
  await expect(panel.getByRole('checkbox')).toHaveCount(4);
  await expect(panel.locator('label')).toHaveText(pointLabels('qualification'));
  await expect(card(from, `${tag} станки`)).toBeVisible();
  await expect(card(to, `${tag} станки`)).toHaveCount(0);
  expect(await countOf(from)).toBe(before.fromCount);
  expect((await ws.rpc('deals.get', { id: deal!.id })).stageId).toBe(stageIdOf('qualification'));

  for (const label of pointLabels('qualification')) await panel.getByLabel(label).check();
  await expect(card(from, `${tag} станки`).getByTestId('card-checklist')).toHaveText('4/4');
  await panel.getByRole('button', { name: 'Перевести снова' }).click();

  await expect(card(to, `${tag} станки`)).toBeVisible();
  await expect(card(from, `${tag} станки`)).toHaveCount(0);
  await expect(from.getByTestId('gate-panel')).toHaveCount(0);
  await expect.poll(() => countOf(from)).toBe(before.fromCount - 1);
  await expect.poll(() => countOf(to)).toBe(before.toCount + 1);
  expect(await sumOf(from)).toBe(before.fromSum - 1_250_000_00);
  expect(await sumOf(to)).toBe(before.toSum + 1_250_000_00);
  // The moved card shows its new stage's checklist and restarts its days.
  await expect(card(to, `${tag} станки`).getByTestId('card-checklist')).toHaveText('0/2');
  await expect(card(to, `${tag} станки`).getByTestId('card-days')).toHaveText('0 дн.');

  // The board shows the move at once; the save lands a moment later (under load, after these checks).
  await expect.poll(async () => (await ws.rpc('deals.get', { id: deal!.id })).stageId).toBe(stageIdOf('proposal'));
  await page.reload();
  await expect(card(column(page, 'proposal'), `${tag} станки`)).toBeVisible();
  await expect(card(column(page, 'qualification'), `${tag} станки`)).toHaveCount(0);
  expect(await countOf(column(page, 'proposal'))).toBe(before.toCount + 1);
});

test('the keyboard picks a card up with Space, moves it between and within columns, and drops it', async ({ page }) => {
  const tag = `Клав ${Date.now()}`;
  const deals = await seedBoardDeals(ws.rpc, [
    { title: `${tag} первая`, valueMinor: 5_000_00, stageKey: 'new_lead' },
    { title: `${tag} вторая`, valueMinor: 7_000_00, stageKey: 'new_lead' },
  ]);
  await page.goto(`${ws.host.url}#/pipeline`);
  await page.getByRole('searchbox', { name: 'Поиск по сделкам' }).fill(tag);
  const lead = column(page, 'new_lead');
  await expect(page.getByTestId('board-summary')).toContainText('2 сделки');
  await expect(lead.getByTestId('deal-card')).toHaveCount(2);

  // What a screen reader hears; the next key waits for it, as a listener would.
  const live = page.locator('[id^="DndLiveRegion"]').first();

  // Within the column: the first card goes below the second (an arrow dnd-kit did not hear right
  // after the pick-up is tried again, see keyboardPickUpAndMove).
  await keyboardPickUpAndMove(
    page,
    card(lead, `${tag} первая`),
    `Сделка «${tag} первая» взята: этап «Новый лид», место 1 из 2.`,
    'ArrowDown',
    `Сделка «${tag} первая»: этап «Новый лид», место 2 из 2.`,
  );
  await page.keyboard.press('Space');
  await expect(lead.getByTestId('deal-card')).toHaveText([new RegExp(`${tag} вторая`), new RegExp(`${tag} первая`)]);
  // The outcome is said once the core has taken the move (board-keyboard.spec.ts: refusals).
  const outcome = page.getByTestId('board-announcer');
  await expect(outcome).toHaveText(`Сделка «${tag} первая» перенесена: этап «Новый лид», место 2 из 2.`);

  // Across columns: to Qualification (New lead has no control points, so nothing stops it).
  await pickUpAndMove(page, card(lead, `${tag} первая`), `${tag} первая`, 'ArrowRight', 'этап «Квалификация»');
  await page.keyboard.press('Space');
  await expect(outcome).toHaveText(`Сделка «${tag} первая» перенесена: этап «Квалификация», место 1 из 1.`);
  const qualification = column(page, 'qualification');
  await expect(card(qualification, `${tag} первая`)).toBeVisible();
  await expect(lead.getByTestId('deal-card')).toHaveCount(1);
  await expect
    .poll(async () => (await ws.rpc('deals.get', { id: deals[0]!.id })).stageId)
    .toBe(stageIdOf('qualification'));

  // Escape cancels a pick-up: nothing moves.
  await pickUpAndMove(page, card(lead, `${tag} вторая`), `${tag} вторая`, 'ArrowRight', 'этап «Квалификация»');
  await page.keyboard.press('Escape');
  await expect(live).toHaveText(`Перенос сделки «${tag} вторая» отменён, она вернулась на место.`);
  await expect(card(lead, `${tag} вторая`)).toBeVisible();
  expect((await ws.rpc('deals.get', { id: deals[1]!.id })).stageId).toBe(stageIdOf('new_lead'));

  await page.reload();
  await page.getByRole('searchbox', { name: 'Поиск по сделкам' }).fill(tag);
  await expect(page.getByTestId('board-summary')).toContainText('2 сделки');
  await expect(card(column(page, 'qualification'), `${tag} первая`)).toBeVisible();
  await expect(card(column(page, 'new_lead'), `${tag} вторая`)).toBeVisible();
});

test('dropping on Lost asks for a required reason; the card leaves and the totals drop', async ({ page }) => {
  const tag = `Потеря ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} аудит`, valueMinor: 410_000_00, stageKey: 'negotiation' },
  ]);
  await page.goto(`${ws.host.url}#/pipeline`);
  const negotiation = column(page, 'negotiation');
  await expect(card(negotiation, `${tag} аудит`)).toBeVisible();
  const before = { count: await countOf(negotiation), sum: await sumOf(negotiation) };

  const source = card(negotiation, `${tag} аудит`);
  const box = await source.boundingBox();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await page.mouse.down();
  await page.mouse.move(box!.x + box!.width / 2 + 10, box!.y + box!.height / 2 + 10, { steps: 4 });
  const lost = page.getByTestId('drop-zone-lost');
  await expect(lost).toBeVisible();
  const zone = await lost.boundingBox();
  await page.mouse.move(zone!.x + zone!.width / 2, zone!.y + zone!.height / 2, { steps: 20 });
  await expect(lost).toHaveClass(/is-over/);
  await page.mouse.up();

  const dialog = page.getByRole('dialog', { name: 'Сделка проиграна' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Отметить проигранной' }).click();
  await expect(dialog.getByTestId('loss-reason-error')).toHaveText('Выберите причину проигрыша');
  expect((await ws.rpc('deals.get', { id: deal!.id })).status).toBe('open');
  await dialog.getByLabel('Выбрали конкурента').check();
  await dialog.getByLabel('Комментарий').fill('Ушли к интегратору');
  await dialog.getByRole('button', { name: 'Отметить проигранной' }).click();
  await expect(dialog).toBeHidden();

  await expect(card(negotiation, `${tag} аудит`)).toHaveCount(0);
  await expect.poll(() => countOf(negotiation)).toBe(before.count - 1);
  expect(await sumOf(negotiation)).toBe(before.sum - 410_000_00);
  await expect(
    page.getByRole('status').filter({ hasText: `Сделка «${tag} аудит» отмечена проигранной` }),
  ).toBeVisible();
  const stored = await ws.rpc('deals.get', { id: deal!.id });
  expect(stored).toMatchObject({ status: 'lost', lossNote: 'Ушли к интегратору' });
  const reasons = await ws.rpc('lossReasons.list');
  expect(reasons.find((reason) => reason.id === stored.lossReasonId)?.defaultKey).toBe('competitor');

  await page.reload();
  await expect(page.getByTestId('board-summary')).toBeVisible();
  await expect(card(column(page, 'negotiation'), `${tag} аудит`)).toHaveCount(0);
});

test('a cancelled Lost dialog leaves the card; a new loss reason can be added right in it', async ({ page }) => {
  const tag = `Причина ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [{ title: `${tag} склад`, valueMinor: 1_000_00, stageKey: 'proposal' }]);
  await page.goto(`${ws.host.url}#/pipeline`);
  const proposal = column(page, 'proposal');
  await dragTo(page, card(proposal, `${tag} склад`), page.getByTestId('drop-zone-lost'));
  const dialog = page.getByRole('dialog', { name: 'Сделка проиграна' });
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(dialog).toBeHidden();
  await expect(card(proposal, `${tag} склад`)).toBeVisible();
  expect((await ws.rpc('deals.get', { id: deal!.id })).status).toBe('open');

  await dragTo(page, card(proposal, `${tag} склад`), page.getByTestId('drop-zone-lost'));
  await dialog.getByRole('button', { name: 'Добавить причину' }).click();
  await dialog.getByLabel('Новая причина').fill(`Заморозка ${tag}`);
  await dialog.getByLabel('Новая причина').press('Enter');
  await expect(dialog.getByLabel(`Заморозка ${tag}`)).toBeChecked();
  await dialog.getByRole('button', { name: 'Отметить проигранной' }).click();
  await expect(card(proposal, `${tag} склад`)).toHaveCount(0);
  // The card leaves as the loss is sent; the deal is lost once the core has written it.
  await expect
    .poll(async () => {
      const stored = await ws.rpc('deals.get', { id: deal!.id });
      const reasons = await ws.rpc('lossReasons.list');
      return reasons.find((reason) => reason.id === stored.lossReasonId)?.name;
    })
    .toBe(`Заморозка ${tag}`);
});

test('Won is gated by the purchase checklist, cleared inline; Undo reopens the deal', async ({ page }) => {
  const tag = `Победа ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} контракт`, valueMinor: 360_000_00, stageKey: 'contract' },
  ]);
  await page.goto(`${ws.host.url}#/pipeline`);
  const contract = column(page, 'contract');
  const before = await countOf(contract);
  await dragTo(page, card(contract, `${tag} контракт`), page.getByTestId('drop-zone-won'));

  const panel = contract.getByTestId('gate-panel');
  await expect(panel.getByRole('heading')).toHaveText('Выигрыш заблокирован');
  await expect(panel).toContainText(
    'Выигрыш закрывает продажу, поэтому нужны обязательные пункты всех этапов до «Договор и оплата» включительно',
  );
  await expect(panel).toContainText('Осталось 3');
  await expect(panel.locator('label')).toHaveText(pointLabels('contract'));
  await expect(card(contract, `${tag} контракт`)).toBeVisible();
  expect(await countOf(contract)).toBe(before);
  for (const label of pointLabels('contract')) await panel.getByLabel(label).check();
  await panel.getByRole('button', { name: 'Выиграть снова' }).click();

  await expect(card(contract, `${tag} контракт`)).toHaveCount(0);
  await expect.poll(() => countOf(contract)).toBe(before - 1);
  const stored = await ws.rpc('deals.get', { id: deal!.id });
  expect(stored.status).toBe('won');
  expect(stored.wonAt).not.toBeNull();

  const toast = page.getByRole('status').filter({ hasText: `Сделка «${tag} контракт» выиграна` });
  await toast.getByRole('button', { name: 'Отменить' }).click();
  await expect(card(contract, `${tag} контракт`)).toBeVisible();
  expect((await ws.rpc('deals.get', { id: deal!.id })).status).toBe('open');
});

test('filters: text search, owner, source and "my deals" narrow every column and its totals', async ({ page }) => {
  const tag = `Фильтр ${Date.now()}`;
  await seedBoardDeals(ws.rpc, [
    { title: `${tag} Анна`, valueMinor: 100_00, stageKey: 'new_lead', ownerId: ws.anna.id },
    { title: `${tag} Олег`, valueMinor: 200_00, stageKey: 'new_lead', ownerId: ws.oleg.id, company: `Ромашка ${tag}` },
  ]);
  await page.goto(`${ws.host.url}#/pipeline`);
  const search = page.getByRole('searchbox', { name: 'Поиск по сделкам' });
  await search.fill(tag);
  const lead = column(page, 'new_lead');
  await expect(lead.getByTestId('deal-card')).toHaveCount(2);
  await expect(lead.getByTestId('stage-count')).toHaveText('2 сделки');
  await expect(page.getByTestId('board-summary')).toContainText('2 сделки');

  // The company name matches too, in any letter case.
  await search.fill(`ромашка ${tag}`.toUpperCase());
  await expect(lead.getByTestId('deal-card')).toHaveText([new RegExp(`${tag} Олег`)]);

  await search.fill(tag);
  await page.getByLabel('Ответственный').selectOption({ label: 'Олег Кузнецов' });
  await expect(lead.getByTestId('deal-card')).toHaveText([new RegExp(`${tag} Олег`)]);
  await expect(lead.getByTestId('column-sum')).toHaveText(/200\s₽/);
  await page.getByLabel('Ответственный').selectOption({ label: 'Все ответственные' });

  await page.getByRole('button', { name: 'Мои сделки' }).click();
  await expect(page.getByRole('button', { name: 'Мои сделки' })).toHaveAttribute('aria-pressed', 'true');
  await expect(lead.getByTestId('deal-card')).toHaveText([new RegExp(`${tag} Анна`)]);

  await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
  await expect(search).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Мои сделки' })).toHaveAttribute('aria-pressed', 'false');
});

test('filters changed before the saved views chunk arrives reach the URL and stay changed once it does', async ({
  page,
}) => {
  const tag = `Рано${Date.now().toString(36)}`;
  await seedBoardDeals(ws.rpc, [{ title: `${tag} сделка`, valueMinor: 100_00, stageKey: 'new_lead' }]);
  // The saved views (a lazily loaded chunk) are held back: the cards, the filters and the reset
  // button are all there before them, as on a fast first screen, and a person may use them at once.
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route(/\/assets\/BoardSavedViews-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${ws.host.url}#/pipeline?q=${encodeURIComponent(tag)}`);
  const cards = page.getByTestId('deal-card');
  await expect(cards).toHaveText([new RegExp(`${tag} сделка`)]);
  await expect(page.getByTestId('board-views-button')).toHaveCount(0);

  await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
  await expect(page.getByRole('searchbox', { name: 'Поиск по сделкам' })).toHaveValue('');
  await expect(page).not.toHaveURL(/[?&]q=/);
  release();
  await expect(page.getByTestId('board-views-button')).toBeVisible();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  // The chunk's arrival does not take the board back to the filters the page was opened with.
  await expect(page.getByRole('button', { name: 'Сбросить фильтры' })).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Поиск по сделкам' })).toHaveValue('');
  await expect(page).not.toHaveURL(/[?&]q=/);
});

test('search finds every word in any order across title, company and contact; no match says so with a reset', async ({
  page,
}) => {
  const tag = `Слова${Date.now().toString(36)}`;
  await seedBoardDeals(ws.rpc, [
    { title: `Интеграция с 1С ${tag}`, valueMinor: 100_00, stageKey: 'new_lead', company: `ООО «Ёлочка» ${tag}` },
    { title: `Интеграция CRM ${tag}`, valueMinor: 200_00, stageKey: 'proposal' },
    { title: `Поставка 1С ${tag}`, valueMinor: 300_00, stageKey: 'negotiation' },
  ]);
  await page.goto(`${ws.host.url}#/pipeline`);
  const search = page.getByRole('searchbox', { name: 'Поиск по сделкам' });
  const cards = page.getByTestId('deal-card');

  await search.fill(`Интеграция 1С ${tag}`);
  await expect(cards).toHaveText([new RegExp(`Интеграция с 1С ${tag}`)]);
  // Folded as everywhere: ё as е, any case, words in any order, the company's name counts.
  await search.fill(`${tag} ЕЛОЧКА интеграция`);
  await expect(cards).toHaveText([new RegExp(`Интеграция с 1С ${tag}`)]);
  await search.fill(`1с ${tag}`);
  await expect(cards).toHaveCount(2);

  await search.fill(`Интеграция Лютик ${tag}`);
  const empty = page.getByRole('heading', { name: `Ничего не найдено по запросу «Интеграция Лютик ${tag}»` });
  await expect(empty).toBeVisible();
  await expect(page.getByText('Перетащите сюда сделку')).toHaveCount(0);
  await expect(column(page, 'new_lead')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/board-no-matches-ru.png' });
  await page.getByRole('button', { name: 'Очистить поиск' }).click();
  await expect(search).toHaveValue('');
  await expect(empty).toHaveCount(0);
  await expect(card(column(page, 'new_lead'), `Интеграция с 1С ${tag}`)).toBeVisible();
});

test('quick add: a deal typed at the top of a later column asks for the earlier items, lands there and stays', async ({
  page,
}) => {
  const tag = `Быстро ${Date.now()}`;
  await seedBoardDeals(ws.rpc, [{ title: `${tag} старая`, valueMinor: 1_00, stageKey: 'negotiation' }]);
  await page.goto(`${ws.host.url}#/pipeline`);
  const negotiation = column(page, 'negotiation');
  const before = await countOf(negotiation);
  await negotiation.getByRole('button', { name: 'Быстро добавить сделку в «Переговоры»' }).click();
  const form = negotiation.getByTestId('quick-add');
  await form.getByRole('textbox', { name: 'Название новой сделки на этапе «Переговоры»' }).fill(`${tag} новая`);
  await form.getByLabel('Сумма в RUB').fill('250 000');
  await form.getByLabel('Сумма в RUB').press('Enter');

  // Straight into Переговоры: the items of Квалификация and Презентация и КП come first.
  const panel = form.getByTestId('gate-panel');
  await expect(panel.getByRole('heading')).toHaveText('Сначала — пункты прошлых этапов');
  await expect(panel).toContainText('Сделка сразу попадёт на этап «Переговоры»: отметьте 6 обязательных пунктов');
  await expect(panel.locator('.gate-panel-stage')).toHaveText(['Квалификация', 'Презентация и КП']);
  await expect(negotiation.getByTestId('deal-card').first()).not.toContainText(`${tag} новая`);
  for (const label of await panel.locator('label').allTextContents()) await panel.getByLabel(label).check();
  await panel.getByRole('button', { name: 'Добавить с отметками' }).click();

  await expect(negotiation.getByTestId('deal-card').first()).toContainText(`${tag} новая`);
  await expect.poll(() => countOf(negotiation)).toBe(before + 1);
  await expect(form.getByTestId('gate-panel')).toHaveCount(0);
  // Empty title: refused in place.
  await form.getByRole('textbox', { name: 'Название новой сделки на этапе «Переговоры»' }).press('Enter');
  await expect(form.getByRole('alert')).toHaveText('Обязательное поле');
  await form.getByRole('textbox', { name: 'Название новой сделки на этапе «Переговоры»' }).press('Escape');
  await expect(form).toHaveCount(0);

  const stored = await ws.rpc('deals.list', { search: `${tag} новая` });
  expect(stored.rows[0]).toMatchObject({
    valueMinor: 250_000_00,
    stageId: stageIdOf('negotiation'),
    ownerId: ws.anna.id,
  });
  const checklist = await ws.rpc('deals.checklist', { dealId: stored.rows[0]!.id });
  expect(checklist.otherTicked).toHaveLength(6);
  await page.reload();
  await expect(column(page, 'negotiation').getByTestId('deal-card').first()).toContainText(`${tag} новая`);
});

test('winning a New lead deal explains why it asks for every stage up to the contract, grouped by stage', async ({
  page,
}) => {
  const tag = `Сразу ${Date.now()}`;
  await seedBoardDeals(ws.rpc, [{ title: tag, valueMinor: 1_00, stageKey: 'new_lead' }]);
  await page.goto(`${ws.host.url}#/pipeline`);
  const lead = column(page, 'new_lead');
  await dragTo(page, card(lead, tag), page.getByTestId('drop-zone-won'));
  const panel = lead.getByTestId('gate-panel');
  await expect(panel).toContainText(
    'всех этапов до «Договор и оплата» включительно — и тех, до которых сделка ещё не дошла',
  );
  await expect(panel.locator('.gate-panel-stage')).toHaveText([
    'Квалификация',
    'Презентация и КП',
    'Переговоры',
    'Договор и оплата',
  ]);
  await expect(panel.locator('label')).toHaveCount(11);
});

test('a long column renders only what is visible and pages in more as it scrolls', async ({ page }) => {
  const stageId = stageIdOf('customer');
  const tag = `Много ${Date.now()}`;
  for (let index = 0; index < 130; index += 1) {
    await ws.rpc('deals.create', {
      title: `${tag} ${String(index + 1).padStart(3, '0')}`,
      valueMinor: 1_000_00,
      pipelineId: DEFAULT_PIPELINE.id,
      stageId,
      checkedControlPointIds: itemsBefore('customer'),
    });
  }
  await page.goto(`${ws.host.url}#/pipeline`);
  await page.getByRole('searchbox', { name: 'Поиск по сделкам' }).fill(tag);
  const customer = column(page, 'customer');
  await expect(customer.getByTestId('stage-count')).toHaveText('130 сделок');
  await expect(customer.getByTestId('column-sum')).toHaveText(/130\s000\s₽/);
  await expect(card(customer, `${tag} 001`)).toBeVisible();
  // Far fewer cards in the DOM than in the column.
  expect(await customer.getByTestId('deal-card').count()).toBeLessThan(30);

  const list = customer.getByTestId('column-list');
  for (let attempt = 0; attempt < 30; attempt += 1) {
    if ((await card(customer, `${tag} 130`).count()) > 0) break;
    await list.evaluate((element) => element.scrollBy(0, 2000));
    await page.waitForTimeout(80);
  }
  await expect(card(customer, `${tag} 130`)).toBeVisible();
  expect(await customer.getByTestId('deal-card').count()).toBeLessThan(30);
});

test('changes made elsewhere (another window, the CLI) reach the board without a reload', async ({ page }) => {
  const tag = `Снаружи ${Date.now()}`;
  await page.goto(`${ws.host.url}#/pipeline`);
  const contract = column(page, 'contract');
  await expect(contract.getByTestId('stage-count')).not.toBeEmpty();
  const before = await countOf(contract);
  await seedBoardDeals(ws.rpc, [{ title: `${tag} договор`, valueMinor: 42_00, stageKey: 'contract' }]);
  await expect(card(contract, `${tag} договор`)).toBeVisible();
  await expect.poll(() => countOf(contract)).toBe(before + 1);
});
