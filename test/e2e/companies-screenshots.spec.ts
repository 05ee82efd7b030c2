import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';
import { itemsBefore } from './support/itemsBefore';
import { createRpc, type Rpc } from './support/createRpc';
import { seedCompanies } from './support/seedCompanies';
import { type RunningHost, startHost } from './support/startHost';

/**
 * Screenshots of the companies, company, contacts and team screens, on a host of their own seeded
 * with a believable sales team, so the pictures show real-looking data and no other test's.
 */
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

let host: RunningHost;
let rpc: Rpc;
let userIds: string[] = [];
let companyIds: string[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  host = await startHost();
  rpc = await createRpc(host.url);
  ({ userIds, companyIds } = await seedCompanies(rpc));
});

test.afterAll(async () => {
  await host.stop();
});

const shoot = async (page: Page, name: string, fullPage = false) => {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled', fullPage });
};

const visit = async (page: Page, language: 'ru' | 'en', path: string) => {
  await rpc('settings.set', { 'ui.language': language });
  await page.goto(`${host.url}${path}`);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
};

test.describe('before anyone is chosen', () => {
  test.use({ whoAreYou: 'ask' });

  test('the first-start dialog', async ({ page }) => {
    await visit(page, 'ru', '#/pipeline');
    await expect(page.getByRole('dialog', { name: 'Кто вы?' })).toBeVisible();
    await expect(page.getByRole('radio')).toHaveCount(4);
    await shoot(page, 'who-are-you');
  });
});

test.describe('as Anna', () => {
  test.beforeAll(async () => {
    await rpc('settings.set', { 'user.currentId': userIds[0] ?? null });
    // A few edits so the company page has a history to show.
    const sever = companyIds[0] ?? '';
    await rpc('companies.update', { id: sever, patch: { segment: 'Mid-market' } });
    await rpc('companies.update', { id: sever, patch: { segment: 'Enterprise', ownerId: userIds[1] ?? null } });
    await rpc('companies.update', {
      id: sever,
      patch: { notes: 'Ключевой клиент: рамочный договор до конца 2027 года.' },
    });
    await rpc('activities.log', {
      type: 'call',
      subject: 'Согласовали график поставок на второй квартал',
      companyId: sever,
      direction: 'outbound',
      outcome: 'reached',
      durationSec: 540,
    });
    // One won and one lost deal, so the page's figures are not all about open ones.
    const contractStage = DEFAULT_STAGES.find((stage) => stage.key === 'contract')?.id ?? '';
    const won = await rpc('deals.create', {
      title: 'Пусконаладка линии №2',
      valueMinor: 1_250_000_00,
      pipelineId: DEFAULT_PIPELINE.id,
      stageId: contractStage,
      companyId: sever,
      checkedControlPointIds: itemsBefore('contract'),
    });
    for (const point of await rpc('controlPoints.list', { stageId: contractStage })) {
      await rpc('deals.check', { dealId: won.id, controlPointId: point.id, checked: true });
    }
    await rpc('deals.win', { id: won.id });
    const lost = await rpc('deals.create', {
      title: 'Запчасти для пресса',
      valueMinor: 95_000_00,
      pipelineId: DEFAULT_PIPELINE.id,
      stageId: contractStage,
      companyId: sever,
      checkedControlPointIds: itemsBefore('contract'),
    });
    const [reason] = await rpc('lossReasons.list');
    await rpc('deals.lose', { id: lost.id, lossReasonId: reason?.id ?? '' });
  });

  for (const language of ['ru', 'en'] as const) {
    test(`the companies table in ${language}`, async ({ page }) => {
      await visit(page, language, '#/companies');
      await expect(page.getByRole('row')).toHaveCount(13);
      await shoot(page, `companies-${language}`);
    });
  }

  for (const language of ['ru', 'en'] as const) {
    test(`the company page in ${language}`, async ({ page }) => {
      await visit(page, language, `#/companies/${companyIds[0] ?? ''}`);
      await expect(page.getByTestId('company-contact')).toHaveCount(3);
      await expect(page.getByTestId('timeline-entry').first()).toBeVisible();
      await shoot(page, `company-page-${language}`);
      await shoot(page, `company-page-${language}-full`, true);
    });
  }

  test('the company form with errors and a duplicate warning', async ({ page }) => {
    await visit(page, 'ru', '#/companies');
    await page.getByRole('button', { name: 'Новая компания' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Название').fill('Север Машиностроение');
    await dialog.getByLabel('ИНН').fill('7707083894');
    await dialog.getByLabel('КПП').fill('77070100');
    await dialog.getByLabel('Сайт').fill('https://www.sever-mash.ru/contacts');
    await dialog.getByLabel('E-mail').fill('sales@');
    await dialog.getByRole('button', { name: 'Создать компанию' }).click();
    await expect(dialog.getByTestId('company-inn-error')).toBeVisible();
    await expect(dialog.getByTestId('duplicates-notice')).toBeVisible();
    await shoot(page, 'company-form-errors');
  });

  test('the contacts table', async ({ page }) => {
    await visit(page, 'ru', '#/contacts');
    await expect(page.getByRole('row')).toHaveCount(11);
    await shoot(page, 'contacts-ru');
  });

  test('the contact form', async ({ page }) => {
    await visit(page, 'ru', '#/contacts');
    // A row opens the person's page; the form is its Edit.
    await page.getByRole('row').filter({ hasText: 'Ирина Волкова' }).getByRole('cell').nth(2).click();
    await page.getByTestId('contact-page').getByRole('button', { name: 'Изменить' }).click();
    const dialog = page.getByRole('dialog', { name: 'Контакт' });
    await dialog.getByLabel('Телефон').fill('+7 916 247-17-23');
    await expect(dialog.getByTestId('duplicates-notice')).toBeVisible();
    await shoot(page, 'contact-form-ru');
  });

  test('Settings → Team', async ({ page }) => {
    await visit(page, 'ru', '#/settings');
    const team = page.getByRole('region', { name: 'Команда' });
    await expect(team.getByRole('row')).toHaveCount(5);
    await team.scrollIntoViewIfNeeded();
    await shoot(page, 'team-settings', true);
  });
});
