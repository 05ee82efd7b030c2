import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { displayName } from '@shared/i18n/displayName';
import { ru } from '@shared/i18n/ru';
import { expect, test } from './fixtures';
import { column, keyboardPickUpAndMove } from './support/boardPage';
import { type BoardWorkspace, seedBoardDeals, stageIdOf, startBoardWorkspace } from './support/boardWorkspace';
import { holdCalls } from './support/holdCalls';
import { itemsBefore } from './support/itemsBefore';

/**
 * Pipelines and stages settings against the real core: stages added, renamed, reordered, tuned and
 * archived (asking where their deals go), control points, new pipelines, loss reasons.
 */
let ws: BoardWorkspace;

test.use({ viewport: { width: 1680, height: 1000 } });

test.beforeAll(async () => {
  ws = await startBoardWorkspace('ru');
});

test.afterAll(async () => {
  await ws.host.stop();
});

const stageNames = async () =>
  (await ws.rpc('stages.list', { pipelineId: DEFAULT_PIPELINE.id })).map((stage) =>
    displayName(
      stage,
      (key) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], ru) as string,
    ),
  );

test('the gear opens the settings; a stage is added, renamed, tuned and dragged into place', async ({ page }) => {
  await page.goto(`${ws.host.url}#/pipeline`);
  await page.getByRole('link', { name: 'Воронки и этапы' }).click();
  await expect(page).toHaveURL(/#\/pipeline\/stages$/);
  const settings = page.getByTestId('stages-card');
  await expect(settings.getByTestId('stage-row')).toHaveCount(6);

  await settings.getByLabel('Название нового этапа').fill('Пилот');
  await settings.getByLabel('Шаг воронки нового этапа').selectOption({ label: 'Намерение' });
  await settings.getByRole('button', { name: 'Добавить этап' }).click();
  await expect(settings.getByTestId('stage-row')).toHaveCount(7);
  expect((await stageNames()).at(-1)).toBe('Пилот');
  const created = (await ws.rpc('stages.list', { pipelineId: DEFAULT_PIPELINE.id })).at(-1)!;

  const pilot = settings.locator(`[data-testid="stage-row"][data-stage-id="${created.id}"]`);
  await pilot.getByRole('button', { name: /Пилот — изменить/ }).click();
  await pilot.getByRole('textbox', { name: 'Этап', exact: true }).fill('Пилотный проект');
  await pilot.getByRole('textbox', { name: 'Этап', exact: true }).press('Enter');
  await expect(pilot.getByRole('button', { name: /Пилотный проект — изменить/ })).toBeVisible();

  const probability = pilot.getByLabel('Вероятность выигрыша на этапе «Пилотный проект», %');
  await probability.fill('150');
  await probability.press('Enter');
  await expect(pilot.getByRole('alert')).toHaveText('Целое число от 0 до 100');
  await probability.fill('70');
  await probability.press('Enter');
  await expect(pilot.getByRole('alert')).toHaveCount(0);
  await pilot.getByLabel('Через сколько дней сделка на этапе «Пилотный проект» считается зависшей').fill('');
  await pilot.getByLabel('Через сколько дней сделка на этапе «Пилотный проект» считается зависшей').press('Enter');
  await expect
    .poll(async () => (await ws.rpc('stages.list', { pipelineId: DEFAULT_PIPELINE.id })).at(-1))
    .toMatchObject({ name: 'Пилотный проект', funnelStep: 'intent', probability: 0.7, rotDays: null });

  // Keyboard drag by the handle: up one place, above "Клиент". Each key waits for what a screen
  // reader hears, as a listener would (dnd-kit only listens for arrows a tick after the pick-up).
  const heard = (text: string) => page.locator('[id^="DndLiveRegion"]').filter({ hasText: text });
  // An unheard arrow is retried as on the board (keyboardPickUpAndMove).
  await keyboardPickUpAndMove(
    page,
    settings.getByRole('button', { name: 'Переместить «Пилотный проект»' }),
    'Взято: «Пилотный проект», место 7 из 7.',
    'ArrowUp',
    '«Пилотный проект»: место 6 из 7.',
  );
  await page.keyboard.press('Space');
  await expect(heard('Перемещено: «Пилотный проект», место 6 из 7.')).toHaveCount(1);
  await expect
    .poll(stageNames)
    .toEqual([
      'Новый лид',
      'Квалификация',
      'Презентация и КП',
      'Переговоры',
      'Договор и оплата',
      'Пилотный проект',
      'Клиент',
    ]);

  // The board shows the new column in its place.
  await page.getByRole('link', { name: 'К доске' }).click();
  await expect(page.getByTestId('board-column').locator('h3')).toHaveText([
    'Новый лид',
    'Квалификация',
    'Презентация и КП',
    'Переговоры',
    'Договор и оплата',
    'Пилотный проект',
    'Клиент',
  ]);
});

test('control points: add, make advisory, remove; the board counts only required ones', async ({ page }) => {
  const tag = `КТ ${Date.now()}`;
  await seedBoardDeals(ws.rpc, [{ title: `${tag} сделка`, valueMinor: 1_00, stageKey: 'new_lead' }]);
  await page.goto(`${ws.host.url}#/pipeline/stages`);
  const lead = page.getByTestId('stage-row').filter({ hasText: 'Новый лид' });
  await lead.getByRole('button', { name: 'Нет пунктов' }).click();
  const editor = lead.getByTestId('cp-editor');
  // A slow save: the second name is typed while the first is still being stored, and must survive.
  await page.route('**/rpc', async (route) => {
    const body = route.request().postDataJSON() as { method: string };
    if (body.method === 'controlPoints.create') await new Promise((resolve) => setTimeout(resolve, 400));
    return route.fallback();
  });
  await editor.getByLabel('Новая контрольная точка').fill('Бриф заполнен');
  await editor.getByRole('button', { name: 'Добавить' }).click();
  await editor.getByLabel('Новая контрольная точка').fill('Сайт изучен');
  await expect(editor.getByRole('switch')).toHaveCount(1);
  await expect(editor.getByLabel('Новая контрольная точка')).toHaveValue('Сайт изучен');
  await editor.getByLabel('Новая контрольная точка').press('Enter');
  await expect(editor.getByRole('switch')).toHaveCount(2);
  await editor.getByRole('switch', { name: '«Сайт изучен» — обязательная' }).uncheck();
  await expect(lead.getByRole('button', { name: '2 пункта · 1 реком.' })).toBeVisible();

  const points = await ws.rpc('controlPoints.list', { stageId: stageIdOf('new_lead') });
  expect(points.map((point) => [point.label, point.required])).toEqual([
    ['Бриф заполнен', true],
    ['Сайт изучен', false],
  ]);

  // A required item now gates New lead → Qualification on the board; the card counts 0/1.
  await page.goto(`${ws.host.url}#/pipeline`);
  await page.getByRole('searchbox', { name: 'Поиск по сделкам' }).fill(tag);
  await expect(column(page, 'new_lead').getByTestId('card-checklist')).toHaveText('0/1');

  await page.goto(`${ws.host.url}#/pipeline/stages`);
  await lead.getByRole('button', { name: '2 пункта · 1 реком.' }).click();
  await editor.getByRole('button', { name: 'Убрать «Бриф заполнен»' }).click();
  await editor.getByRole('button', { name: 'Убрать «Сайт изучен»' }).click();
  await expect(lead.getByRole('button', { name: 'Нет пунктов' })).toBeVisible();
  expect(await ws.rpc('controlPoints.list', { stageId: stageIdOf('new_lead') })).toEqual([]);
});

test('archiving a stage with open deals asks where they go, moves them, and offers Undo', async ({ page }) => {
  const tag = `Архив ${Date.now()}`;
  const stage = await ws.rpc('stages.create', {
    pipelineId: DEFAULT_PIPELINE.id,
    name: `Тендер ${tag}`,
    funnelStep: 'intent',
  });
  const deals = await Promise.all(
    [1, 2].map((n) =>
      ws.rpc('deals.create', {
        title: `${tag} ${n}`,
        valueMinor: 1_00,
        pipelineId: DEFAULT_PIPELINE.id,
        stageId: stage.id,
        checkedControlPointIds: itemsBefore(''),
      }),
    ),
  );
  await page.goto(`${ws.host.url}#/pipeline/stages`);
  const row = page.getByTestId('stage-row').filter({ hasText: `Тендер ${tag}` });
  await row.getByRole('button', { name: `Архивировать этап «Тендер ${tag}»` }).click();
  const dialog = page.getByRole('dialog', { name: `Архивировать этап «Тендер ${tag}»?` });
  await expect(dialog).toContainText(`На этапе «Тендер ${tag}» 2 открытые сделки`);
  await dialog.getByLabel('Перенести на этап').selectOption({ label: 'Переговоры' });
  await dialog.getByRole('button', { name: 'Перенести и архивировать' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);
  await expect(
    page.getByRole('status').filter({ hasText: `Этап «Тендер ${tag}» в архиве, перенесены 2 сделки` }),
  ).toBeVisible();
  for (const deal of deals) expect((await ws.rpc('deals.get', { id: deal.id })).stageId).toBe(stageIdOf('negotiation'));

  await page.getByRole('status').getByRole('button', { name: 'Отменить' }).click();
  await expect(page.getByTestId('stage-row').filter({ hasText: `Тендер ${tag}` })).toBeVisible();
});

test('a new pipeline from the funnel template gets its own board; it can be renamed and archived', async ({ page }) => {
  const name = `Партнёры ${Date.now()}`;
  await page.goto(`${ws.host.url}#/pipeline/stages`);
  await page.getByRole('button', { name: 'Новая воронка' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новая воронка' });
  await dialog.getByRole('button', { name: 'Создать воронку' }).click();
  await expect(dialog.getByTestId('pipeline-name-error')).toHaveText('Обязательное поле');
  await dialog.getByLabel('Название').fill(name);
  await dialog.getByRole('button', { name: 'Создать воронку' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('tab', { name, selected: true })).toBeVisible();
  await expect(page.getByTestId('stage-row')).toHaveCount(6);

  await page.getByRole('link', { name: 'К доске' }).click();
  await expect(page.getByLabel('Воронка')).toHaveValue(
    (await ws.rpc('pipelines.list')).find((p) => p.name === name)!.id,
  );
  await expect(page.getByTestId('board-column')).toHaveCount(6);
  // The board writes its filters to the URL once its views menu has loaded; picking the pipeline
  // before that was undone by the URL in one CI run (left for a look: see the session note).
  await expect(page).toHaveURL(/pipeline=/);
  await page.getByLabel('Воронка').selectOption({ label: 'Продажи' });
  await expect(column(page, 'negotiation')).toBeVisible();

  await page.goto(`${ws.host.url}#/pipeline/stages`);
  await page.getByRole('tab', { name }).click();
  await page.getByTestId('pipeline-name').click();
  await page.getByRole('textbox', { name: 'Название воронки' }).fill(`${name} (B2B)`);
  await page.getByRole('textbox', { name: 'Название воронки' }).press('Enter');
  await expect(page.getByRole('tab', { name: `${name} (B2B)` })).toBeVisible();
  await page.getByRole('button', { name: 'Архивировать воронку' }).click();
  await expect(page.getByRole('tab', { name: `${name} (B2B)` })).toHaveCount(0);
  expect((await ws.rpc('pipelines.list')).map((pipeline) => pipeline.id)).toEqual([DEFAULT_PIPELINE.id]);
});

test('loss reasons: added, renamed and removed here show up (or not) when a deal is lost', async ({ page }) => {
  const reason = `Заморожен ${Date.now()}`;
  await page.goto(`${ws.host.url}#/pipeline/stages`);
  const card = page.getByTestId('loss-reasons-card');
  await card.getByLabel('Новая причина проигрыша').fill(reason);
  await card.getByRole('button', { name: 'Добавить причину' }).click();
  await expect(card.getByRole('button', { name: new RegExp(`${reason} — изменить`) })).toBeVisible();
  // The same name twice is refused in place.
  await card.getByLabel('Новая причина проигрыша').fill(reason);
  await card.getByRole('button', { name: 'Добавить причину' }).click();
  await expect(card.locator('.reason-add .field-error')).toBeVisible();

  await card.getByRole('button', { name: new RegExp(`${reason} — изменить`) }).click();
  await card.getByRole('textbox', { name: 'Причина проигрыша', exact: true }).fill(`${reason}!`);
  await card.getByRole('textbox', { name: 'Причина проигрыша', exact: true }).press('Enter');
  await expect(card.getByRole('button', { name: new RegExp(`${reason}! — изменить`) })).toBeVisible();
  expect((await ws.rpc('lossReasons.list')).map((item) => item.name)).toContain(`${reason}!`);

  await card.getByRole('button', { name: 'Убрать причину «Цена»' }).click();
  await expect(card.getByRole('button', { name: /Цена — изменить/ })).toHaveCount(0);
  expect((await ws.rpc('lossReasons.list')).map((item) => item.defaultKey)).not.toContain('price');
  await ws.rpc('lossReasons.unarchive', { id: '00000000-0000-7000-8000-000000000400' });
});

test('a stage’s playbook: the standard text in the drawer, rewritten in stage settings, then restored', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `Плейбук ${Date.now()}`, valueMinor: 5_000_00, stageKey: 'proposal' },
  ]);
  await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
  const playbook = page.getByTestId('drawer-playbook');
  await expect(playbook.getByRole('heading')).toHaveText('Как работать на этапе «Презентация и КП»');
  await expect(playbook).toContainText('Готово, когда: демо проведено, КП отправлено');

  await page.goto(`${ws.host.url}#/pipeline/stages`);
  const row = page.getByTestId('stage-row').filter({ hasText: 'Презентация и КП' });
  await row.getByRole('button', { name: /2 пункта/ }).click();
  const box = row.getByLabel('Инструкция этапа «Презентация и КП»');
  await expect(box).toHaveValue(/^Что делать: проведите демонстрацию/);
  await expect(row.getByTestId('playbook-editor')).toContainText('Стандартный текст');
  await box.fill('Демо только с ЛПР.\nГотово, когда: КП согласовано с финансовым директором.');
  await row.getByRole('button', { name: 'Сохранить инструкцию' }).click();
  await expect(row.getByTestId('playbook-editor').getByRole('status')).toHaveText('Инструкция сохранена');
  await expect
    .poll(
      async () =>
        (await ws.rpc('stages.list', { pipelineId: DEFAULT_PIPELINE.id })).find((s) => s.id === stageIdOf('proposal'))
          ?.playbook,
    )
    .toBe('Демо только с ЛПР.\nГотово, когда: КП согласовано с финансовым директором.');
  await row.getByTestId('playbook-editor').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/playbook-settings-ru.png' });

  await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
  await expect(playbook).toContainText('Демо только с ЛПР.');
  await playbook.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/playbook-drawer-ru.png' });

  // Back to the standard text: the stage's playbook is null again, the drawer shows the seeded one.
  await page.goto(`${ws.host.url}#/pipeline/stages`);
  await row.getByRole('button', { name: /2 пункта/ }).click();
  await row.getByRole('button', { name: 'Вернуть стандартный текст' }).click();
  await expect(row.getByLabel('Инструкция этапа «Презентация и КП»')).toHaveValue(
    /^Что делать: проведите демонстрацию/,
  );
  expect(
    (await ws.rpc('stages.list', { pipelineId: DEFAULT_PIPELINE.id })).find((s) => s.id === stageIdOf('proposal'))
      ?.playbook,
  ).toBeNull();
});

test('two quick drags are saved in their order, however the requests travel', async ({ page }) => {
  const tag = Date.now().toString(36);
  const pipeline = await ws.rpc('pipelines.create', { name: `Порядок ${tag}`, template: 'empty' });
  for (const name of ['Первый', 'Второй', 'Третий', 'Четвёртый']) {
    await ws.rpc('stages.create', { pipelineId: pipeline.id, name: `${name} ${tag}`, funnelStep: 'interest' });
  }
  const names = async () =>
    (await ws.rpc('stages.list', { pipelineId: pipeline.id })).map((stage) => stage.name?.split(' ')[0]);
  await page.goto(`${ws.host.url}#/pipeline/stages`);
  await page.getByRole('tab', { name: `Порядок ${tag}` }).click();
  const settings = page.getByTestId('stages-card');
  await expect(settings.getByTestId('stage-row')).toHaveCount(4);
  const heard = (text: string) => page.locator('[id^="DndLiveRegion"]').filter({ hasText: text });
  const drag = async (name: string, from: number, key: string, to: number) => {
    const full = `${name} ${tag}`;
    await keyboardPickUpAndMove(
      page,
      settings.getByRole('button', { name: `Переместить «${full}»` }),
      `Взято: «${full}», место ${from} из 4.`,
      key,
      `«${full}»: место ${to} из 4.`,
    );
    await page.keyboard.press('Space');
    await expect(heard(`Перемещено: «${full}», место ${to} из 4.`)).toHaveCount(1);
  };
  // The first drop's save is held on its way: the second one, sent at once, would arrive first
  // and place "Третий" after "Второй" while "Первый" still stood above it.
  const reorders = await holdCalls(page, 'stages.reorder');
  reorders.holdNext();
  await drag('Первый', 1, 'ArrowDown', 2);
  await drag('Третий', 3, 'ArrowUp', 2);
  reorders.release();
  await expect.poll(reorders.answered).toBe(2);
  expect(await names()).toEqual(['Второй', 'Третий', 'Первый', 'Четвёртый']);
  await expect(settings.getByTestId('stage-row')).toContainText([
    `Второй ${tag}`,
    `Третий ${tag}`,
    `Первый ${tag}`,
    `Четвёртый ${tag}`,
  ]);
});
