import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';

const tag = () => Date.now().toString(36);

test('a segment saved in Settings counts its members live and filters the deals and companies tables', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const run = tag();
  const industry = `Логистика ${run}`;
  const { company: cargo } = await rpc('companies.create', { name: `ООО «Груз ${run}»`, industry });
  const { company: shop } = await rpc('companies.create', { name: `ООО «Лавка ${run}»`, industry: 'Ритейл' });
  await rpc('deals.create', {
    pipelineId: DEFAULT_PIPELINE.id,
    title: `Перевозки ${run}`,
    companyId: cargo.id,
    valueMinor: 50_000_000,
  });
  await rpc('deals.create', {
    pipelineId: DEFAULT_PIPELINE.id,
    title: `Мелочь ${run}`,
    companyId: cargo.id,
    valueMinor: 100,
  });
  await rpc('deals.create', {
    pipelineId: DEFAULT_PIPELINE.id,
    title: `Витрина ${run}`,
    companyId: shop.id,
    valueMinor: 50_000_000,
  });

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#/settings');
  const card = page.getByTestId('segments-card');
  await card.getByRole('button', { name: 'Новый сегмент' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новый сегмент' });
  await dialog.getByLabel('Название').fill(`Логистика, крупные ${run}`);
  await dialog.getByLabel('Отрасли').fill(industry.toUpperCase());
  await dialog.getByLabel('Сумма от, RUB').fill('100 000');
  await dialog.getByLabel('Название').focus();
  await page.screenshot({ path: 'test-results/screenshots/segment-dialog-ru.png' });
  await dialog.getByRole('button', { name: 'Сохранить сегмент' }).click();
  await expect(dialog).toBeHidden();
  const row = card.getByTestId('segment-row').filter({ hasText: `Логистика, крупные ${run}` });
  await expect(row.getByTestId('segment-members')).toHaveText('Компаний: 1 · открытых сделок: 1');

  // Live: a new fitting deal joins the count without a reload.
  await rpc('deals.create', {
    pipelineId: DEFAULT_PIPELINE.id,
    title: `Экспедирование ${run}`,
    companyId: cargo.id,
    valueMinor: 20_000_000,
  });
  await expect(row.getByTestId('segment-members')).toHaveText('Компаний: 1 · открытых сделок: 2');
  await page.screenshot({ path: 'test-results/screenshots/segments-card-ru.png' });
  const [segment] = (await rpc('segments.list', {})).filter((item) => item.name.endsWith(run));

  // The board shows the segment's open deals only, and keeps the filter in its URL.
  await page.goto('/#/pipeline');
  await page.getByTestId('board-segment-button').click();
  await page
    .getByRole('dialog', { name: 'Сохранённый сегмент' })
    .getByLabel('Сохранённый сегмент')
    .selectOption(segment?.id ?? '');
  await expect(page.getByTestId('board-segment-button')).toHaveAttribute(
    'title',
    `Сохранённый сегмент: Логистика, крупные ${run}`,
  );
  await expect(page).toHaveURL(new RegExp(`segment=${segment?.id}`));
  const cards = page.getByTestId('deal-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.filter({ hasText: `Перевозки ${run}` })).toBeVisible();
  await expect(cards.filter({ hasText: `Витрина ${run}` })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/board-segment-ru.png' });
  await page.reload();
  await expect(page.getByTestId('deal-card')).toHaveCount(2);
  await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
  await expect(page).not.toHaveURL(/segment=/);
  // Off, the board shows every deal again (searched for: the shared workspace has many).
  await page.getByLabel('Поиск по сделкам').fill(run);
  await expect(page.getByTestId('deal-card').filter({ hasText: `Витрина ${run}` })).toBeVisible();

  await page.goto('/#/deals');
  await page.getByLabel('Сохранённый сегмент').selectOption(segment?.id ?? '');
  await expect(page).toHaveURL(new RegExp(`segmentId=${segment?.id}`));
  const titles = page.getByRole('row').filter({ hasText: run });
  await expect(titles).toHaveCount(2);
  await expect(page.getByRole('row').filter({ hasText: `Перевозки ${run}` })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: `Экспедирование ${run}` })).toBeVisible();
  // The filter survives a reload (it is in the URL).
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: run })).toHaveCount(2);

  await page.goto('/#/companies');
  await page.getByLabel('Сохранённый сегмент').selectOption(segment?.id ?? '');
  await expect(page.getByRole('row').filter({ hasText: run })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: `Груз ${run}` })).toBeVisible();
});

test('a segment filters by a deal custom field with the tables’ own range control', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const run = tag();
  const power = await rpc('customFields.create', {
    entity: 'deal',
    nameRu: `Мощность ${run}`,
    nameEn: `Power ${run}`,
    type: 'number',
  });
  for (const [title, value] of [
    [`Станок ${run}`, 50],
    [`Пресс ${run}`, 5],
  ] as const) {
    const deal = await rpc('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title });
    await rpc('customFields.setValues', { entity: 'deal', recordId: deal.id, values: { [power.id]: value } });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#/settings');
  const card = page.getByTestId('segments-card');
  await card.getByRole('button', { name: 'Новый сегмент' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новый сегмент' });
  await dialog.getByLabel('Название').fill(`Мощные ${run}`);
  const from = dialog.getByLabel(`Мощность ${run}: от`);
  await from.fill('10');
  await from.press('Enter');
  await dialog.getByRole('button', { name: 'Сохранить сегмент' }).click();
  await expect(dialog).toBeHidden();
  const [segment] = (await rpc('segments.list', {})).filter((item) => item.name === `Мощные ${run}`);
  expect(segment?.rules.deal.custom).toEqual([{ fieldId: power.id, op: 'range', min: 10, max: null }]);
  const deals = await rpc('deals.list', { segmentId: segment?.id ?? '', search: run });
  expect(deals.rows.map((row) => row.title)).toEqual([`Станок ${run}`]);
  await rpc('segments.delete', { id: segment?.id ?? '' });
  await rpc('customFields.archive', { id: power.id });
});
