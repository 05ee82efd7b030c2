import { resolve } from 'node:path';
import { TZDate } from '@date-fns/tz';
import { format, startOfISOWeek } from 'date-fns';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const ZONE = 'Europe/Moscow';

/** This ISO week in the workspace zone, and its Monday as a date. */
const thisWeek = () => {
  const now = new TZDate(Date.now(), ZONE);
  return {
    week: format(now, "RRRR-'W'II"),
    /** As the spend table names it: «Неделя 49, 2026», never the ISO key. */
    weekName: `Неделя ${format(now, 'I, RRRR')}`,
    monday: format(startOfISOWeek(now), 'yyyy-MM-dd'),
  };
};

test.beforeEach(async ({ rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru', 'workspace.timeZone': ZONE, 'workspace.currency': 'RUB' });
});

test('a source and a campaign with a weekly cost; a lead with it shows on the campaign page; archived, it leaves the pickers', async ({
  page,
  rpc,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const tag = `К${Date.now()}`;
  const source = `Партнёры ${tag}`;
  const name = `Вебинар ${tag}`;
  const { week, weekName, monday } = thisWeek();

  await page.goto('/#/settings');
  const sources = page.getByTestId('sources-card');
  await sources.getByLabel('Новый источник').fill(source);
  await sources.getByRole('button', { name: 'Добавить' }).click();
  await expect(sources.getByRole('button', { name: `В архив: ${source}` })).toBeVisible();

  const campaigns = page.getByTestId('campaigns-card');
  await campaigns.getByRole('button', { name: 'Новая кампания' }).click();
  const form = page.getByRole('dialog', { name: 'Новая кампания' });
  await form.getByLabel('Название').fill(name);
  await form.getByLabel('Источник').selectOption({ label: source });
  await form.getByLabel('Канал').fill('Вебинары');
  await form.getByLabel('Начало').fill(monday);
  // The end before the start is refused in the form, translated.
  await form.getByLabel('Окончание').fill('2020-01-01');
  await form.getByRole('button', { name: 'Создать' }).click();
  await expect(form.getByText('Дата окончания раньше даты начала')).toBeVisible();
  await form.getByLabel('Окончание').fill('');
  await form.getByRole('button', { name: 'Создать' }).click();
  await expect(form).toBeHidden();
  const row = campaigns.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText(source);
  await expect(row).toContainText('Идёт');

  // The campaign page: record this week's spend.
  await row.getByRole('button', { name: `Открыть кампанию ${name}` }).click();
  const campaignPage = page.getByRole('dialog', { name });
  const costs = campaignPage.getByTestId('campaign-costs');
  await costs.getByLabel('Неделя').fill(week);
  await costs.getByLabel('Сумма, RUB').fill('15 000');
  await costs.getByLabel('Посетители').fill('800');
  await costs.getByRole('button', { name: 'Записать' }).click();
  await expect(costs.getByRole('row').filter({ hasText: weekName })).toContainText('15 000');
  await expect(costs).not.toContainText(week);
  await expect(campaignPage.getByTestId('campaign-figure-spend')).toContainText('15 000 ₽');
  await expect(campaignPage.getByTestId('campaign-figure-leads')).toContainText('0');
  await campaignPage.getByRole('button', { name: 'Закрыть' }).click();

  // A lead through the fast form: picking the campaign brings its source.
  await page.goto('/#/leads');
  await page.getByRole('button', { name: 'Новый лид' }).click();
  const leadForm = page.getByRole('dialog', { name: 'Новый лид' });
  await leadForm.getByLabel('Компания').fill(`ООО «${tag}»`);
  await leadForm.getByLabel('Кампания').selectOption({ label: name });
  await expect(leadForm.getByLabel('Источник')).toHaveValue(/.+/);
  await leadForm.getByRole('button', { name: 'Создать лид' }).click();
  await expect(leadForm).toBeHidden();
  const lead = (await rpc('leads.list', { search: tag })).rows[0];
  const campaign = (await rpc('campaigns.list', {})).find((candidate) => candidate.name === name);
  expect(lead).toMatchObject({ campaignId: campaign?.id, sourceId: campaign?.sourceId });

  // The campaign page counts it: 1 lead, CPL = the week's cost.
  await page.goto('/#/settings');
  await page.getByRole('button', { name: `Открыть кампанию ${name}` }).click();
  await expect(campaignPage.getByTestId('campaign-figure-leads')).toContainText('1');
  await expect(campaignPage.getByTestId('campaign-figure-cpl')).toContainText('15 000 ₽');
  await expect(campaignPage.getByTestId('campaign-figure-spend')).toContainText('15 000 ₽');
  await expect(campaignPage.getByRole('button', { name: `ООО «${tag}»` })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/campaign-page-ru.png`, animations: 'disabled' });
  await campaignPage.getByRole('button', { name: 'Закрыть' }).click();

  // Archived: it leaves the new-lead picker, and the deal keeps it.
  await page
    .getByTestId('campaigns-card')
    .getByRole('row')
    .filter({ hasText: name })
    .getByRole('button', { name: `В архив: ${name}` })
    .click();
  await expect(page.getByTestId('campaigns-card').getByRole('row').filter({ hasText: name })).toHaveCount(0);
  await page.goto('/#/leads');
  await page.getByRole('button', { name: 'Новый лид' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Новый лид' }).getByLabel('Кампания').locator('option', { hasText: name }),
  ).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.goto(`/#/leads?deal=${lead?.id ?? ''}`);
  await expect(page.locator('#deal-campaign')).toHaveValue(campaign?.id ?? '');
  await expect(page.locator('#deal-campaign option:checked')).toHaveText(`${name} (в архиве)`);
  expect((await rpc('deals.get', { id: lead?.id ?? '' })).campaignId).toBe(campaign?.id);
});

test('pickers: New deal takes the campaign’s source, the drawer drops a campaign of another source, the inbox filters by campaign', async ({
  page,
  rpc,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const tag = `П${Date.now()}`;
  const web = await rpc('leadSources.create', { name: `Сайт ${tag}` });
  const fair = await rpc('leadSources.create', { name: `Выставка ${tag}` });
  const direct = await rpc('campaigns.create', { name: `Директ ${tag}`, sourceId: web.id });
  const withCampaign = await rpc('leads.create', {
    pipelineId: DEFAULT_PIPELINE.id,
    companyName: `ООО «${tag} с кампанией»`,
    campaignId: direct.id,
  });
  await rpc('leads.create', { pipelineId: DEFAULT_PIPELINE.id, companyName: `ООО «${tag} без»`, sourceId: web.id });

  // The inbox: the campaign filter narrows the source's leads to the campaign's.
  await page.goto(`/#/leads?q=${encodeURIComponent(tag)}`);
  await expect(page.getByTestId('leads-count')).toHaveText('2 лида');
  await page.getByLabel('Кампания', { exact: true }).selectOption({ label: `Директ ${tag}` });
  await expect(page.getByTestId('leads-count')).toHaveText('1 лид');
  await expect(page).toHaveURL(new RegExp(`campaignId=${direct.id}`));
  await expect(page.getByRole('row').filter({ hasText: 'с кампанией' })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/leads-campaign-filter-ru.png`, animations: 'disabled' });

  // New deal: the campaign brings its source; another source drops the campaign.
  await page.goto('/#/deals');
  await page.getByRole('button', { name: 'Новая сделка' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новая сделка' });
  await dialog.getByLabel('Кампания').selectOption({ label: `Директ ${tag}` });
  await expect(dialog.getByLabel('Источник')).toHaveValue(web.id);
  await dialog.getByLabel('Источник').selectOption(fair.id);
  await expect(dialog.getByLabel('Кампания')).toHaveValue('');
  await expect(dialog.getByLabel('Кампания').locator('option', { hasText: `Директ ${tag}` })).toHaveCount(0);
  await dialog.getByLabel('Источник').selectOption(web.id);
  await dialog.getByLabel('Кампания').selectOption({ label: `Директ ${tag}` });
  await dialog.getByLabel('Название').fill(`Сделка ${tag}`);
  await dialog.getByRole('button', { name: 'Создать сделку' }).click();
  await expect(dialog).toBeHidden();
  const made = (await rpc('deals.list', { search: `Сделка ${tag}` })).rows[0];
  expect(made).toMatchObject({ sourceId: web.id, campaignId: direct.id });

  // The drawer: moving the deal to another source clears its campaign in the same write.
  await page.goto(`/#/leads?deal=${withCampaign.id}`);
  await expect(page.locator('#deal-campaign')).toHaveValue(direct.id);
  await page.locator('#deal-source').selectOption(fair.id);
  await expect(page.locator('#deal-campaign')).toHaveValue('');
  expect(await rpc('deals.get', { id: withCampaign.id })).toMatchObject({ sourceId: fair.id, campaignId: null });
});

for (const language of ['ru', 'en'] as const) {
  test(`sources and campaigns screenshots at 1280×720 in ${language}`, async ({ page, rpc }) => {
    await rpc('settings.set', { 'ui.language': language });
    await page.setViewportSize({ width: 1280, height: 720 });
    const tag = `${Date.now()}`;
    const [first] = await rpc('leadSources.list', {});
    const long = await rpc('campaigns.create', {
      name: `Яндекс Директ: поиск по брендовым и конкурентным запросам, Москва и область ${tag}`,
      sourceId: first?.id ?? '',
      channel: 'Поиск и рекламная сеть Яндекса (РСЯ), ретаргетинг',
      startsOn: thisWeek().monday,
      endsOn: '2027-03-31',
    });
    await rpc('campaignCosts.set', {
      campaignId: long.id,
      week: thisWeek().week,
      amountMinor: 123_456_789_00,
      currency: 'RUB',
      visitors: 1_234_567,
      impressions: 98_765_432,
    });
    await page.goto('/#/settings');
    await page.getByTestId('sources-card').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/settings-sources-${language}.png`, animations: 'disabled' });
    await page.getByTestId('campaigns-card').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/settings-campaigns-${language}.png`, animations: 'disabled' });
    await page
      .getByTestId('campaigns-card')
      .getByRole('row')
      .filter({ hasText: tag })
      .locator('.campaign-name-link')
      .click();
    await expect(page.getByTestId('campaign-page')).toBeVisible();
    await expect(page.getByTestId('campaign-figure-spend')).not.toContainText('…');
    await page.screenshot({ path: `${SHOTS}/campaign-page-${language}.png`, animations: 'disabled' });
    await rpc('campaigns.archive', { id: long.id });
  });
}
