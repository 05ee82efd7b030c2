import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';
import { type BoardWorkspace, seedBoardDeals, stageIdOf, startBoardWorkspace } from './support/boardWorkspace';

/**
 * Stage settings: "Archive stage" asks first (how many deals, where they go, what the gates do),
 * archived stages stay listed with Restore, the screen fits 1280×720, and the loss-reason box
 * keeps focus after adding.
 */
let ws: BoardWorkspace;

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeAll(async () => {
  ws = await startBoardWorkspace('ru');
});

test.afterAll(async () => {
  await ws.host.stop();
});

const activeStageIds = async () =>
  (await ws.rpc('stages.list', { pipelineId: DEFAULT_PIPELINE.id })).map((stage) => stage.id);

test('archiving sends deals to the stage before by default, and the stage can be restored from the list', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const tag = `Арх ${Date.now()}`;
  const deals = await seedBoardDeals(ws.rpc, [
    { title: `${tag} 1`, valueMinor: 1_00, stageKey: 'negotiation' },
    { title: `${tag} 2`, valueMinor: 1_00, stageKey: 'negotiation' },
  ]);
  await page.goto(`${ws.host.url}#/pipeline/stages`);
  const card = page.getByTestId('stages-card');
  await card.getByRole('button', { name: 'Архивировать этап «Переговоры»…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Архивировать этап «Переговоры»?' });
  await expect(dialog.getByTestId('archive-stage-count')).toHaveText(
    'На этапе «Переговоры» 2 открытые сделки. Перед архивированием этапа их нужно перенести.',
  );
  // The neighbour before it, not the first stage; moving back is never gated, and it says so.
  await expect(dialog.getByLabel('Перенести на этап')).toHaveValue(stageIdOf('proposal'));
  await expect(dialog.getByTestId('archive-stage-gate')).toHaveText(
    'Сделки вернутся на этап «Презентация и КП». Назад сделки переходят без проверки контрольных точек.',
  );
  await dialog.getByRole('button', { name: 'Перенести и архивировать' }).click();
  await expect(dialog).toBeHidden();
  for (const deal of deals) expect((await ws.rpc('deals.get', { id: deal.id })).stageId).toBe(stageIdOf('proposal'));
  expect(await activeStageIds()).not.toContain(stageIdOf('negotiation'));

  // After the toast is gone the stage is still within reach.
  const archived = card.getByTestId('archived-stages');
  await expect(archived.getByRole('heading', { name: 'Архивные этапы' })).toBeVisible();
  await archived.getByRole('button', { name: 'Восстановить этап «Переговоры»' }).click();
  await expect(archived).toHaveCount(0);
  const order = await activeStageIds();
  expect(order.indexOf(stageIdOf('negotiation'))).toBe(order.indexOf(stageIdOf('proposal')) + 1);
});

test('a target further down the funnel applies the gate: the dialog says so and shows the refusal', async ({
  page,
}) => {
  const tag = `Вперёд ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [{ title: `${tag}`, valueMinor: 1_00, stageKey: 'qualification' }]);
  await page.goto(`${ws.host.url}#/pipeline/stages`);
  await page.getByTestId('stages-card').getByRole('button', { name: 'Архивировать этап «Квалификация»…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Архивировать этап «Квалификация»?' });
  await expect(dialog.getByLabel('Перенести на этап')).toHaveValue(stageIdOf('new_lead'));
  await dialog.getByLabel('Перенести на этап').selectOption({ label: 'Презентация и КП' });
  await expect(dialog.getByTestId('archive-stage-gate')).toContainText('дальше по воронке');
  await dialog.getByRole('button', { name: 'Перенести и архивировать' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'У части сделок не отмечены обязательные пункты этого этапа, поэтому их нельзя перенести вперёд. Выберите этап раньше или отметьте пункты.',
  );
  await expect(dialog).toBeVisible();
  expect((await ws.rpc('deals.get', { id: deal!.id })).stageId).toBe(stageIdOf('qualification'));
  expect(await activeStageIds()).toContain(stageIdOf('qualification'));
  await dialog.getByRole('button', { name: 'Отмена' }).click();
});

test('a stage without open deals is archived after a plain confirmation', async ({ page }) => {
  const stage = await ws.rpc('stages.create', {
    pipelineId: DEFAULT_PIPELINE.id,
    name: `Пустой ${Date.now()}`,
    funnelStep: 'intent',
  });
  await page.goto(`${ws.host.url}#/pipeline/stages`);
  await page
    .getByTestId('stages-card')
    .getByRole('button', { name: `Архивировать этап «${stage.name}»…` })
    .click();
  const dialog = page.getByRole('dialog', { name: `Архивировать этап «${stage.name}»?` });
  await expect(dialog.getByTestId('archive-stage-count')).toHaveText(`На этапе «${stage.name}» нет открытых сделок.`);
  await dialog.getByRole('button', { name: 'Архивировать этап' }).click();
  await expect(dialog).toBeHidden();
  expect(await activeStageIds()).not.toContain(stage.id);
});

test('the stage table fits 1280×720 with every stage name whole', async ({ page }) => {
  await page.goto(`${ws.host.url}#/pipeline/stages`);
  const names = page.getByTestId('stages-card').locator('.stage-row .inline-text-value');
  await expect(names.first()).toBeVisible();
  for (const name of await names.all()) {
    expect(await name.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
  }
  const overflow = await page.getByTestId('stages-card').evaluate((card) => card.scrollWidth - card.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const right = await page.getByTestId('stages-card').evaluate((card) => card.getBoundingClientRect().right);
  expect(right).toBeLessThanOrEqual(1280 - 24);
});

test('after "Add loss reason" the new-reason box keeps focus, so typing goes there', async ({ page }) => {
  const before = await ws.rpc('stages.list', { pipelineId: DEFAULT_PIPELINE.id });
  await page.goto(`${ws.host.url}#/pipeline/stages`);
  const card = page.getByTestId('loss-reasons-card');
  const input = card.getByLabel('Новая причина проигрыша');
  await input.fill(`Заморожен ${Date.now()}`);
  await card.getByRole('button', { name: 'Добавить причину' }).click();
  await expect(input).toHaveValue('');
  await expect(input).toBeFocused();
  await page.keyboard.type('12');
  await expect(input).toHaveValue('12');
  expect(await ws.rpc('stages.list', { pipelineId: DEFAULT_PIPELINE.id })).toEqual(before);
});
