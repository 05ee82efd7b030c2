import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';
import { card } from './support/boardPage';
import { type BoardWorkspace, seedBoardDeals, startBoardWorkspace } from './support/boardWorkspace';
import { holdAnswers } from './support/holdAnswers';
import { holdPushEvents } from './support/holdPushEvents';

const SHOTS = 'test-results/screenshots';

/**
 * Issue 16: a manager picks deal custom fields for a pipeline's board cards in its settings; the
 * cards of that pipeline show their values as chips, another pipeline's cards do not.
 */
let ws: BoardWorkspace;

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeAll(async () => {
  ws = await startBoardWorkspace('ru');
});

test.afterAll(async () => {
  await ws.host.stop();
});

test('card fields: chosen in the pipeline settings, shown as chips on that pipeline’s cards only', async ({ page }) => {
  test.setTimeout(120_000);
  const { rpc } = ws;
  const tender = await rpc('customFields.create', {
    entity: 'deal',
    nameRu: 'Номер тендера',
    nameEn: 'Tender number',
    type: 'text',
  });
  const region = await rpc('customFields.create', {
    entity: 'deal',
    nameRu: 'Регион дилера',
    nameEn: 'Dealer region',
    type: 'single_select',
    options: [
      { label: 'Урал', colour: 'green' },
      { label: 'Москва', colour: 'blue' },
    ],
  });
  const dealer = await rpc('customFields.create', {
    entity: 'deal',
    nameRu: 'Дилер',
    nameEn: 'Dealer',
    type: 'company',
  });
  await rpc('customFields.create', {
    entity: 'deal',
    nameRu: 'Бюджет',
    nameEn: 'Budget',
    type: 'money',
    currency: 'RUB',
  });
  const { company: dealerCompany } = await rpc('companies.create', { name: 'ООО «Уралстанкоснаб»' });
  const [lathe, press] = await seedBoardDeals(rpc, [
    { title: 'Токарные станки', valueMinor: 1_200_000_00, stageKey: 'new_lead', company: 'ЗАО «Металлист»' },
    { title: 'Пресс гидравлический', valueMinor: 450_000_00, stageKey: 'qualification', company: 'ПАО «Кузня»' },
  ]);
  const longTender = 'ЕИС-0373200041524000017-лот-2-повторный';
  await rpc('customFields.setValues', {
    entity: 'deal',
    recordId: lathe!.id,
    values: { [tender.id]: longTender, [region.id]: region.options[0]!.id, [dealer.id]: dealerCompany.id },
  });
  await rpc('customFields.setValues', {
    entity: 'deal',
    recordId: press!.id,
    values: { [region.id]: region.options[1]!.id },
  });
  const other = await rpc('pipelines.create', { name: 'Сервис' });
  const otherStage = (await rpc('stages.list', { pipelineId: other.id }))[0]!;
  const service = await rpc('deals.create', {
    pipelineId: other.id,
    stageId: otherStage.id,
    title: 'Сервисный договор',
  });
  await rpc('customFields.setValues', { entity: 'deal', recordId: service.id, values: { [tender.id]: 'T-777' } });

  // The settings: the seeded pipeline's tab, three fields ticked, the fourth waits.
  await page.goto(`${ws.host.url}#/pipeline/stages`);
  await page.getByRole('tab', { name: 'Продажи' }).click();
  const settings = page.getByTestId('card-fields-card');
  await expect(settings.getByRole('checkbox')).toHaveCount(4);
  await settings.getByRole('checkbox', { name: /Номер тендера/ }).check();
  await settings.getByRole('checkbox', { name: /Регион дилера/ }).check();
  await settings.getByRole('checkbox', { name: /^Дилер/ }).check();
  await expect(settings.getByRole('checkbox', { name: /Бюджет/ })).toBeDisabled();
  await expect(settings).toContainText('Выбрано 3 из 3');
  await expect
    .poll(async () => (await rpc('pipelines.list')).find((p) => p.id === DEFAULT_PIPELINE.id)?.cardFieldIds)
    .toEqual([tender.id, region.id, dealer.id]);
  await settings.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/card-fields-settings-ru-1280x720.png` });

  // The board: the chips in the fields' order, the long one cut with its whole value in the title.
  await page.goto(`${ws.host.url}#/pipeline`);
  const latheCard = card(page, 'Токарные станки');
  const chips = latheCard.getByTestId('card-chips').locator('.deal-chip');
  await expect(chips).toHaveText([longTender, 'Урал', 'ООО «Уралстанкоснаб»']);
  await expect(chips.first()).toHaveAttribute('title', `Номер тендера: ${longTender}`);
  const chipBox = await chips.first().boundingBox();
  const cardBox = await latheCard.boundingBox();
  expect(chipBox!.x + chipBox!.width).toBeLessThanOrEqual(cardBox!.x + cardBox!.width);
  await expect(card(page, 'Пресс гидравлический').locator('.deal-chip')).toHaveText(['Москва']);
  await page.screenshot({ path: `${SHOTS}/board-card-fields-ru-1280x720.png` });

  // Another pipeline's cards show none, though the deal has a tender number.
  await page.getByLabel('Воронка', { exact: true }).selectOption({ label: 'Сервис' });
  await expect(card(page, 'Сервисный договор')).toBeVisible();
  await expect(card(page, 'Сервисный договор').getByTestId('card-chips')).toHaveCount(0);

  // A value edited elsewhere reaches the card; in English the settings and chips read the same way.
  await page.getByLabel('Воронка', { exact: true }).selectOption({ label: 'Продажи' });
  await rpc('customFields.setValues', { entity: 'deal', recordId: press!.id, values: { [tender.id]: 'T-2' } });
  await expect(card(page, 'Пресс гидравлический').locator('.deal-chip')).toHaveText(['T-2', 'Москва']);
  await rpc('settings.set', { 'ui.language': 'en' });
  await page.reload();
  await expect(card(page, 'Токарные станки').locator('.deal-chip').first()).toHaveAttribute(
    'title',
    `Tender number: ${longTender}`,
  );
  await page.screenshot({ path: `${SHOTS}/board-card-fields-en-1280x720.png` });
  await page.goto(`${ws.host.url}#/pipeline/stages`);
  await expect(page.getByTestId('card-fields-card')).toContainText('3 of 3 chosen');
  await page.getByTestId('card-fields-card').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/card-fields-settings-en-1280x720.png` });
  await rpc('settings.set', { 'ui.language': 'ru' });
});

test('quick ticks are saved in their order, however the requests travel', async ({ page }) => {
  const { rpc } = ws;
  const tag = Date.now().toString(36);
  const first = await rpc('customFields.create', {
    entity: 'deal',
    nameRu: `Склад ${tag}`,
    nameEn: `Stock ${tag}`,
    type: 'text',
  });
  const second = await rpc('customFields.create', {
    entity: 'deal',
    nameRu: `Отгрузка ${tag}`,
    nameEn: `Ship ${tag}`,
    type: 'text',
  });
  const pipeline = await rpc('pipelines.create', { name: `Поставки ${tag}` });
  // The first tick's request is held on the way: the second one, sent at once, would arrive first.
  let held = false;
  let answered = 0;
  page.on('response', (response) => {
    if (response.url().endsWith('/rpc') && response.request().postData()?.includes('pipelines.setCardFields'))
      answered += 1;
  });
  await page.route('**/rpc', async (route) => {
    if (!held && (route.request().postDataJSON() as { method?: string } | null)?.method === 'pipelines.setCardFields') {
      held = true;
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    await route.continue();
  });
  await page.goto(`${ws.host.url}#/pipeline/stages`);
  await page.getByRole('tab', { name: `Поставки ${tag}` }).click();
  const settings = page.getByTestId('card-fields-card');
  const firstBox = settings.getByRole('checkbox', { name: new RegExp(`Склад ${tag}`) });
  const secondBox = settings.getByRole('checkbox', { name: new RegExp(`Отгрузка ${tag}`) });
  await firstBox.check();
  await secondBox.check();
  // Both saves answered (the held one too): what stands is the later tick's list.
  await expect.poll(() => answered, { timeout: 10_000 }).toBe(2);
  const saved = (await rpc('pipelines.list')).find((p) => p.id === pipeline.id)?.cardFieldIds;
  expect(saved).toEqual([first.id, second.id]);
  await expect(firstBox).toBeChecked();
  await expect(secondBox).toBeChecked();
});

test('a reload answered after quick ticks neither unticks them nor loses the next tick', async ({ page }) => {
  const { rpc } = ws;
  const tag = Date.now().toString(36);
  const names = ['Склад', 'Отгрузка', 'Оплата', 'Монтаж'].map((name) => `${name} ${tag}`);
  const fields = [];
  for (const name of names)
    fields.push(await rpc('customFields.create', { entity: 'deal', nameRu: name, nameEn: name, type: 'text' }));
  const pipeline = await rpc('pipelines.create', { name: `Поставки ${tag}` });
  let saved = 0;
  page.on('response', (response) => {
    if (response.url().endsWith('/rpc') && response.request().postData()?.includes('pipelines.setCardFields'))
      saved += 1;
  });
  const events = await holdPushEvents(page);
  await page.goto(`${ws.host.url}#/pipeline/stages`);
  await page.getByRole('tab', { name: `Поставки ${tag}` }).click();
  const settings = page.getByTestId('card-fields-card');
  const boxes = names.map((name) => settings.getByRole('checkbox', { name: new RegExp(name) }));
  await expect(boxes[0]!).toBeEnabled();

  // A reload of the pipelines (after a rename elsewhere) is read before the ticks, answered after them.
  const reloads = await holdAnswers(page, 'pipelines.list');
  reloads.hold();
  const renamed = `Поставки ${tag} (опт)`;
  await rpc('pipelines.rename', { id: pipeline.id, name: renamed });
  await expect.poll(() => reloads.held()).toBeGreaterThanOrEqual(1);
  // The ticks' own events wait too, so no reload sent after them overtakes the late one.
  await events.hold();
  await boxes[0]!.check();
  await boxes[1]!.check();
  await expect.poll(() => saved).toBe(2);
  reloads.release();
  // The late answer is in (the tab has the new name): both ticks still show, the next one adds to them.
  await expect(page.getByRole('tab', { name: renamed })).toBeVisible();
  await expect(boxes[0]!).toBeChecked();
  await expect(boxes[1]!).toBeChecked();
  await boxes[2]!.check();
  await expect(boxes[3]!).toBeDisabled();
  await events.release();
  await expect
    .poll(async () => (await rpc('pipelines.list')).find((p) => p.id === pipeline.id)?.cardFieldIds)
    .toEqual(fields.slice(0, 3).map((field) => field.id));

  await page.reload();
  await page.getByRole('tab', { name: renamed }).click();
  for (const box of boxes.slice(0, 3)) await expect(box).toBeChecked();
  await expect(boxes[3]!).toBeDisabled();
});
