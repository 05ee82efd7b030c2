import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';

const SHOTS = 'test-results/screenshots';

/**
 * Issue 16 #3: Ctrl+K finds an activity by a word of its text, under its own heading, and Enter
 * opens the timeline that holds it (the deal's drawer; a company's page for an activity logged on
 * the company alone).
 */
test('search finds an activity by its text and opens its deal, or its company', async ({ page, rpc }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = `Отгр${Date.now().toString(36)}`;
  const { company } = await rpc('companies.create', { name: `ООО «Гранит» ${tag}` });
  const deal = await rpc('deals.create', {
    pipelineId: DEFAULT_PIPELINE.id,
    title: `Поставка щебня ${tag}`,
    companyId: company.id,
  });
  await rpc('activities.log', {
    type: 'call',
    subject: `Обсуждение графика ${tag}`,
    body: 'Клиент просит перенести отгрузку на четверг',
    dealId: deal.id,
  });
  await rpc('activities.log', { type: 'note', subject: `Реквизиты для счёта ${tag}`, companyId: company.id });

  await page.goto('/#/deals');
  await expect(page.getByTestId('search-button')).toBeVisible();
  await page.keyboard.press('Control+K');
  const palette = page.getByTestId('search-palette');
  const box = palette.getByRole('combobox');
  // A word of the call's text, in another form («отгрузки» for «отгрузку»), with the tag.
  await box.fill(`${tag.toLowerCase()} отгрузки`);
  const activities = palette.getByRole('group', { name: 'Дела' });
  await expect(activities.getByRole('option')).toHaveText([
    new RegExp(`Обсуждение графика ${tag}\\d{2}\\.\\d{2}\\.\\d{4} · Поставка щебня`),
  ]);
  await box.fill(tag);
  await expect(activities.getByRole('option')).toHaveCount(2);
  await expect(palette.getByRole('group', { name: 'Компании' }).getByRole('option')).toHaveCount(1);
  await palette.screenshot({ path: `${SHOTS}/search-activity-palette-ru-1280x720.png` });
  await page.screenshot({ path: `${SHOTS}/search-activity-page-ru-1280x720.png` });

  await box.fill(`${tag.toLowerCase()} отгрузки`);
  await expect(activities.getByRole('option')).toHaveCount(1);
  await box.press('Enter');
  await expect(palette).toBeHidden();
  // The call's deal opens in the drawer, its timeline holding the call.
  const drawer = page.getByRole('dialog', { name: deal.title });
  await expect(drawer).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`\\?deal=${deal.id}`));
  await expect(drawer.getByText(`Обсуждение графика ${tag}`)).toBeVisible();
  await page.keyboard.press('Escape');

  // A note on the company alone opens the company's page; the empty box then lists it as recent.
  await page.keyboard.press('Control+K');
  await box.fill(`реквизиты ${tag}`);
  await expect(activities.getByRole('option')).toHaveText([new RegExp(`Реквизиты для счёта ${tag}`)]);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/companies/${company.id}$`));
  await expect(page.getByText(`Реквизиты для счёта ${tag}`)).toBeVisible();
  await page.keyboard.press('Control+K');
  await expect(palette.getByRole('group', { name: 'Недавние' }).getByRole('option').first()).toHaveText(
    new RegExp(`Реквизиты для счёта ${tag}`),
  );
  await palette.getByRole('group', { name: 'Недавние' }).getByRole('option').first().click();
  await expect(page).toHaveURL(new RegExp(`#/companies/${company.id}$`));
});
