import { resolve } from 'node:path';
import type { MethodInput } from '@shared/contract/contract';
import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';
import type { Rpc } from './support/createRpc';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const stage = (key: string) => DEFAULT_STAGES.find((candidate) => candidate.key === key);

const lead = (rpc: Rpc, title: string, extra: Partial<MethodInput<'deals.create'>> = {}) =>
  rpc('deals.create', {
    title,
    pipelineId: DEFAULT_PIPELINE.id,
    stageId: stage('qualification')?.id ?? '',
    ...extra,
  });

test.beforeEach(async ({ rpc }) => {
  await rpc('settings.set', {
    'ui.language': 'ru',
    'workspace.timeZone': 'Europe/Moscow',
    'bant.weights': { budget: 25, authority: 25, need: 25, timing: 25 },
  });
});

test('BANT: qualify from the inbox (parts, ticks, move), disqualify from the drawer, weights in settings, L opens a new lead', async ({
  page,
  rpc,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const tag = `BANT${Date.now()}`;
  const { company } = await rpc('companies.create', { name: `ООО «${tag} Стройресурс»` });
  const { contact } = await rpc('contacts.create', {
    name: `Ирина ${tag}`,
    companyId: company.id,
    jobTitle: 'Финансовый директор',
    role: 'decision_maker',
  });
  const good = await lead(rpc, `${tag} Внедрение CRM для отдела продаж`, { companyId: company.id });
  const bad = await lead(rpc, `${tag} Пилот`);

  await page.goto(`/#/leads?q=${encodeURIComponent(tag)}`);
  await expect(page.getByTestId('leads-count')).toHaveText('2 лида', { timeout: 20_000 });
  // L opens the fast new-lead form from here as from any page.
  await page.locator('body').press('l');
  const newLead = page.getByRole('dialog', { name: 'Новый лид' });
  await expect(newLead).toBeVisible();
  await newLead.press('Escape');
  await expect(newLead).toBeHidden();

  await page.getByRole('button', { name: `Квалифицировать «${good.title}» по BANT` }).click();
  const dialog = page.getByRole('dialog', { name: `Квалификация BANT: ${good.title}` });
  const form = dialog.getByTestId('bant-section');
  await expect(form.getByTestId('bant-score')).toHaveText('Ещё не оценено');
  const qualify = form.getByRole('button', { name: 'Квалифицировать', exact: true });
  await expect(qualify).toBeDisabled();
  await form.getByLabel('Размер бюджета, RUB').fill('1 500 000');
  await expect(form.getByTestId('bant-points-budget')).toHaveText('+17');
  await form.getByLabel('Подтверждение бюджета').selectOption({ label: 'Да' });
  await expect(form.getByTestId('bant-points-budget')).toHaveText('+25');
  await expect(form.getByTestId('bant-score')).toHaveText('25 из 100');
  // Picking the decider brings their role from the contact card.
  await form.getByLabel('Кто принимает решение').selectOption({ label: `Ирина ${tag} · Финансовый директор` });
  await expect(form.getByLabel('Роль ЛПР')).toHaveValue('decision_maker');
  await form.getByLabel('Боль клиента').fill('Менеджеры теряют заявки между почтой и Excel');
  await expect(form.getByTestId('bant-points-need')).toHaveText('+17');
  await form.getByLabel('Категория потребности').selectOption({ label: 'Увеличить выручку' });
  // The current quarter is always within three months: timing confirmed.
  await form.getByLabel('или квартал').selectOption({ index: 1 });
  await expect(form.getByTestId('bant-score')).toHaveText('100 из 100');
  for (const part of ['budget', 'authority', 'need', 'timing']) {
    await expect(form.getByTestId(`bant-points-${part}`)).toHaveText('+25');
  }
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${SHOTS}/bant-qualify-ru.png`, animations: 'disabled' });
  await qualify.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Лид квалифицирован: 100 из 100' })).toBeVisible();
  await expect(page.getByTestId('leads-count')).toHaveText('1 лид');

  const moved = await rpc('deals.get', { id: good.id });
  expect(moved.stageId).toBe(stage('proposal')?.id);
  const checklist = await rpc('deals.checklist', { dealId: good.id });
  const ticked = [...checklist.items, ...checklist.otherTicked].filter((item) => item.checked);
  expect(ticked.map((item) => item.defaultKey).sort()).toEqual(
    ['authority_confirmed', 'budget_confirmed', 'need_confirmed', 'timing_confirmed'].sort(),
  );
  expect(await rpc('leads.bant', { id: good.id })).toMatchObject({
    authorityContactId: contact.id,
    budgetMinor: 1_500_000_00,
    score: 100,
  });

  // The other lead: disqualified from its drawer with a reason, in one write.
  await page.goto(`/#/leads?q=${encodeURIComponent(tag)}&deal=${bad.id}`);
  const drawer = page.getByRole('dialog').filter({ hasText: `${tag} Пилот` });
  await drawer.getByTestId('bant-section').getByLabel('Подтверждение бюджета').selectOption({ label: 'Нет' });
  await drawer.getByTestId('bant-section').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/bant-drawer-ru.png`, animations: 'disabled' });
  await drawer.getByRole('button', { name: 'Дисквалифицировать' }).click();
  const lose = page.getByRole('dialog', { name: 'Дисквалифицировать лид' });
  await lose.getByRole('radio').first().check();
  await lose.getByLabel('Комментарий').fill('Нет бюджета до 2028 года');
  await lose.getByRole('button', { name: 'Отметить проигранной' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Лид дисквалифицирован' })).toBeVisible();
  const lost = await rpc('deals.get', { id: bad.id });
  expect(lost).toMatchObject({ status: 'lost', lossNote: 'Нет бюджета до 2028 года' });
  expect(lost.lossReasonId).not.toBeNull();
  expect((await rpc('leads.bant', { id: bad.id })).levels.budget).toBe(1);

  // Weights: the sum must be 100 before they can be saved; the next score uses them.
  await page.goto('/#/settings');
  const weights = page.locator('.bant-weights');
  await weights.getByLabel('Бюджет').fill('40');
  await expect(page.getByTestId('bant-weights-sum')).toHaveText('Сумма: 115 из 100');
  await expect(weights.getByRole('button', { name: 'Сохранить веса' })).toBeDisabled();
  await weights.getByLabel('Сроки').fill('10');
  await expect(page.getByTestId('bant-weights-sum')).toHaveText('Сумма: 100 из 100');
  await weights.getByRole('button', { name: 'Сохранить веса' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Настройки сохранены' })).toBeVisible();
  expect((await rpc('settings.get', {}))['bant.weights']).toEqual({ budget: 40, authority: 25, need: 25, timing: 10 });
});

test('BANT form screenshot in English at 1280×720', async ({ page, rpc }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await rpc('settings.set', { 'ui.language': 'en' });
  const tag = `BANTen${Date.now()}`;
  const deal = await lead(rpc, `${tag} Warehouse automation for the northern distribution centre`);
  await rpc('leads.qualify', {
    id: deal.id,
    budgetMinor: 2_400_000_00,
    budgetConfirmed: false,
    authorityContactId: null,
    authorityRole: 'champion',
    needPain: 'Pickers walk 14 km a shift; errors cost two returns a day',
    needCategory: 'efficiency',
    timingDate: null,
    timingQuarter: null,
  });
  await page.goto(`/#/leads?q=${encodeURIComponent(tag)}`);
  await page.getByRole('button', { name: `Qualify “${deal.title}” with BANT` }).click();
  const form = page.getByTestId('bant-section');
  await expect(form.getByTestId('bant-score')).toHaveText('58 of 100');
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${SHOTS}/bant-qualify-en.png`, animations: 'disabled' });
});
