import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * What a new sales director saw out of place walking the app in English at 1280×720: each check
 * names one box whose content must sit inside it.
 */
test.use({ viewport: { width: 1280, height: 720 } });

/** Pixels between the last line of a card header's text and the header's bottom border. */
const roomUnderText = (header: Locator) =>
  header.evaluate((element) => {
    const text = element.querySelector('.setting-text');
    const border = element.getBoundingClientRect().bottom - parseFloat(getComputedStyle(element).borderBottomWidth);
    return Math.round(border - (text?.getBoundingClientRect().bottom ?? border));
  });

test('the backup, import and sync cards leave room between their description and its rule', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'en' });
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  for (const card of ['backup-card', 'import-card', 'sync-card']) {
    const header = page.getByTestId(card).locator('header.card-header').first();
    await expect(header).toBeVisible();
    expect(await roomUnderText(header), card).toBeGreaterThanOrEqual(16);
  }
  await rpc('settings.set', { 'ui.language': 'ru' });
});

test('a company’s open value in the hundreds of billions stays inside its tile', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'en', 'workspace.currency': 'RUB' });
  const { company } = await rpc('companies.create', { name: `Huge Value Holding ${Date.now()}` });
  const [pipeline] = await rpc('pipelines.list', {});
  if (!pipeline) throw new Error('the workspace has no pipeline');
  await rpc('deals.create', {
    title: 'Nationwide rollout',
    valueMinor: 9_999_999_999_999,
    currency: 'RUB',
    pipelineId: pipeline.id,
    companyId: company.id,
  });
  await page.goto(`/#/companies/${company.id}`);
  const tile = page.getByTestId('stat-open');
  await expect(tile).toContainText('₽99,999,999,999.99');
  const stickingOut = await tile.evaluate((element) => {
    const value = element.querySelector('.company-stat-value')?.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    return Math.max(0, Math.round((value?.right ?? 0) - box.right), element.scrollWidth - element.clientWidth);
  });
  expect(stickingOut).toBe(0);
  await rpc('settings.set', { 'ui.language': 'ru' });
});

test('closing a deal opened from the deals table gives focus back to its title', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'en' });
  const [pipeline] = await rpc('pipelines.list', {});
  if (!pipeline) throw new Error('the workspace has no pipeline');
  const title = `Focus return ${Date.now()}`;
  const deal = await rpc('deals.create', { title, valueMinor: 100_00, currency: 'RUB', pipelineId: pipeline.id });
  await page.goto('/#/deals');
  await page.getByRole('searchbox').first().fill(title);
  const link = page.getByRole('link', { name: title });
  // The first opening loads the drawer's messages, which remakes the table's cells under it.
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: title })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: title })).toBeHidden();
  await expect(page.getByRole('link', { name: title })).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toContain(deal.id);
  await rpc('settings.set', { 'ui.language': 'ru' });
});

test('the leads inbox shows an overdue SLA of hours and minutes whole', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'en' });
  const [pipeline] = await rpc('pipelines.list', {});
  if (!pipeline) throw new Error('the workspace has no pipeline');
  const title = `Overdue lead ${Date.now()}`;
  await rpc('deals.create', { title, valueMinor: 100_00, currency: 'RUB', pipelineId: pipeline.id });
  // The new-lead stage answers within 4 hours: 5 h 32 min later the lead is 1 h 32 min overdue.
  await page.clock.install({ time: Date.now() + (5 * 60 + 32) * 60_000 });
  await page.goto('/#/leads');
  await page.getByRole('searchbox').first().fill(title);
  const pill = page.getByRole('row').filter({ hasText: title }).locator('.sla');
  await expect(pill).toHaveText(/^−1 h 3\d min$/);
  expect(await pill.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
  await rpc('settings.set', { 'ui.language': 'ru' });
});

test('a link that looks like a button is not underlined like running text', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'en' });
  await page.goto('/#/settings');
  const link = page.getByRole('link', { name: 'Set up pipelines' });
  await expect(link).toHaveClass(/\bbutton\b/);
  await expect(link).toHaveCSS('text-decoration-line', 'none');
  await rpc('settings.set', { 'ui.language': 'ru' });
});

test('a board column’s sum cut to its width has the whole sum in its tooltip', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'en', 'workspace.currency': 'RUB' });
  const [pipeline] = await rpc('pipelines.list', {});
  if (!pipeline) throw new Error('the workspace has no pipeline');
  await rpc('deals.create', {
    title: `Nationwide rollout ${Date.now()}`,
    valueMinor: 9_999_999_999_999,
    currency: 'RUB',
    pipelineId: pipeline.id,
  });
  await page.goto('/#/pipeline');
  const sum = page.getByTestId('board-column').first().getByTestId('column-sum');
  await expect(sum).toContainText('₽');
  expect(await sum.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  const shown = (await sum.textContent()) ?? '';
  await expect(sum).toHaveAttribute(
    'title',
    new RegExp(`^${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — \\d+ deals?$`),
  );
  await rpc('settings.set', { 'ui.language': 'ru' });
});

test('the automation card’s title starts on the same left edge as the other settings cards’', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'en' });
  await page.goto('/#/settings');
  const leftOf = async (name: string) =>
    Math.round((await page.getByRole('heading', { level: 2, name, exact: true }).boundingBox())?.x ?? -1);
  const team = await leftOf('Team');
  expect(team).toBeGreaterThan(0);
  expect(await leftOf('Automation')).toBe(team);
  expect(await leftOf('Backups')).toBe(team);
  await rpc('settings.set', { 'ui.language': 'ru' });
});

test('the deal drawer’s actions, Delete included, take one row of its header', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'en' });
  const [pipeline] = await rpc('pipelines.list', {});
  if (!pipeline) throw new Error('the workspace has no pipeline');
  const deal = await rpc('deals.create', {
    title: `One row ${Date.now()}`,
    valueMinor: 100_00,
    currency: 'RUB',
    pipelineId: pipeline.id,
  });
  await page.goto(`/#/deals?deal=${deal.id}`);
  const drawer = page.getByTestId('deal-drawer');
  const tops = async () =>
    Promise.all(
      ['Won', 'Lost', 'Log activity', 'E-mail', 'Delete'].map(async (name) =>
        Math.round((await drawer.getByRole('button', { name, exact: true }).boundingBox())?.y ?? -1),
      ),
    );
  await expect(drawer.getByRole('button', { name: 'Delete', exact: true })).toBeVisible();
  const [won, ...others] = await tops();
  expect(others).toEqual(others.map(() => won));
  await rpc('settings.set', { 'ui.language': 'ru' });
});
