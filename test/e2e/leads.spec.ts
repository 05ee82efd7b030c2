import { resolve } from 'node:path';
import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';
import type { MethodInput } from '@shared/contract/contract';
import type { Rpc } from './support/createRpc';
import { itemsBefore } from './support/itemsBefore';
import { uniqueInn } from './support/uniqueInn';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const stageId = (key: string) => DEFAULT_STAGES.find((stage) => stage.key === key)?.id ?? '';

const createDeal = async (
  rpc: Rpc,
  title: string,
  stageKey: string,
  extra: Partial<MethodInput<'deals.create'>> = {},
) =>
  rpc('deals.create', {
    title,
    pipelineId: DEFAULT_PIPELINE.id,
    stageId: stageId(stageKey),
    checkedControlPointIds: itemsBefore(stageKey),
    ...extra,
  });

test.beforeEach(async ({ rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru', 'workspace.timeZone': 'Europe/Moscow' });
});

test('the inbox lists new and qualifying leads with age and SLA; bulk assign and disqualify', async ({ page, rpc }) => {
  test.setTimeout(90_000);
  const tag = `Лид${Date.now()}`;
  const boris = await rpc('users.create', { name: `Борис ${tag}`, role: 'rep' });
  const fresh = await createDeal(rpc, `${tag} станки`, 'new_lead', { newCompany: { name: `ООО «${tag}»` } });
  const qualifying = await createDeal(rpc, `${tag} лицензии`, 'qualification');
  await createDeal(rpc, `${tag} на предложении`, 'proposal');

  await page.goto(`/#/leads?q=${encodeURIComponent(tag)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Лиды' })).toBeVisible();
  await expect(page.getByTestId('leads-count')).toHaveText('2 лида');
  const freshRow = page.getByRole('row').filter({ hasText: `${tag} станки` });
  await expect(freshRow).toContainText(`ООО «${tag}»`);
  await expect(freshRow.getByTestId('lead-age')).toHaveText('сегодня');
  // The new-lead stage answers within 4 hours: the clock counts down from there.
  await expect(freshRow.locator('[data-sla]')).toHaveAttribute('data-sla', 'running');
  await expect(freshRow.locator('[data-sla]')).toContainText(/^3 ч 5\d мин$/);
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: `${tag} лицензии` })
      .locator('[data-sla]'),
  ).toContainText(/^23 ч$/);
  await expect(page.getByRole('row').filter({ hasText: 'на предложении' })).toHaveCount(0);

  // Sorting by the SLA deadline puts the 4-hour lead before the 24-hour one.
  await page.getByRole('button', { name: 'SLA', exact: true }).click();
  await expect(page.getByRole('columnheader', { name: 'SLA' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.locator('tbody tr').first()).toContainText(`${tag} станки`);

  // Bulk assign: tick both, pick Boris, assign.
  await page.getByRole('checkbox', { name: 'Выбрать все лиды на странице' }).check();
  const bar = page.getByTestId('lead-bulk-bar');
  await expect(bar).toContainText('Выбрано 2 лида');
  await bar.getByLabel('Назначить ответственного').selectOption({ label: `Борис ${tag}` });
  await bar.getByRole('button', { name: 'Назначить' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 лида переданы' })).toBeVisible();
  await expect(bar).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: `Борис ${tag}` })).toHaveCount(2);
  expect((await rpc('deals.get', { id: fresh.id })).ownerId).toBe(boris.id);

  // Bulk disqualify one lead: a loss reason is required.
  await freshRow.getByRole('checkbox').check();
  await bar.getByRole('button', { name: 'Дисквалифицировать' }).click();
  const dialog = page.getByRole('dialog', { name: 'Дисквалифицировать лиды' });
  await expect(dialog).toContainText('1 лид будет закрыт как проигранный');
  await dialog.getByRole('button', { name: 'Отметить проигранной' }).click();
  await expect(dialog.getByTestId('loss-reason-error')).toBeVisible();
  await dialog.getByRole('radio').first().check();
  await dialog.getByRole('button', { name: 'Отметить проигранной' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 лид дисквалифицирован' })).toBeVisible();
  await expect(page.getByTestId('leads-count')).toHaveText('1 лид');
  await expect(freshRow).toHaveCount(0);
  expect((await rpc('deals.get', { id: fresh.id })).status).toBe('lost');
  expect((await rpc('deals.get', { id: qualifying.id })).status).toBe('open');
});

test('the unassigned filter shows the queue to hand out; a row opens the deal drawer', async ({ page, rpc }) => {
  const tag = `Очередь${Date.now()}`;
  const vera = await rpc('users.create', { name: `Вера ${tag}`, role: 'rep' });
  await createDeal(rpc, `${tag} ничей`, 'new_lead', { ownerId: null });
  await createDeal(rpc, `${tag} Верин`, 'new_lead', { ownerId: vera.id });
  await page.goto(`/#/leads?q=${encodeURIComponent(tag)}`);
  await expect(page.getByTestId('leads-count')).toHaveText('2 лида');
  await page.getByLabel('Ответственный', { exact: true }).selectOption({ label: 'Без ответственного' });
  await expect(page.getByTestId('leads-count')).toHaveText('1 лид');
  await expect(page).toHaveURL(/ownerId=none/);
  await page
    .getByRole('row')
    .filter({ hasText: `${tag} ничей` })
    .getByRole('cell')
    .nth(4)
    .click();
  await expect(page.getByRole('dialog').filter({ hasText: `${tag} ничей` })).toBeVisible();
});

for (const language of ['ru', 'en'] as const) {
  test(`inbox screenshot at 1280×720 in ${language}`, async ({ page, rpc }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await rpc('settings.set', { 'ui.language': language });
    const tag = `Shot${language}${Date.now()}`;
    await createDeal(rpc, `${tag} Поставка оборудования для очень длинного названия клиента`, 'new_lead', {
      newCompany: { name: `Общество с ограниченной ответственностью «${tag} Северные технологии»` },
      valueMinor: 1_250_000_00,
    });
    const second = await createDeal(rpc, `${tag} Лицензии`, 'qualification');
    await createDeal(rpc, `${tag} Пилот`, 'new_lead', { ownerId: null });
    await page.goto(`/#/leads?q=${encodeURIComponent(tag)}`);
    await expect(page.getByTestId('leads-count')).toHaveText(language === 'ru' ? '3 лида' : '3 leads');
    await page
      .getByRole('row')
      .filter({ hasText: `${tag} Лицензии` })
      .getByRole('checkbox')
      .check();
    await expect(page.getByTestId('lead-bulk-bar')).toBeVisible();
    expect(second.id).toBeTruthy();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${SHOTS}/leads-${language}.png`, animations: 'disabled' });
  });
}

test('the fast form creates a lead in one go and warns about a known INN, phone and e-mail, attaching instead', async ({
  page,
  rpc,
}) => {
  test.setTimeout(90_000);
  const tag = `Форма${Date.now()}`;
  const inn = uniqueInn();
  const phoneDigits = String(Date.now()).slice(-7);
  const { company } = await rpc('companies.create', { name: `ООО «${tag} Известная»`, inn });
  await rpc('contacts.create', {
    name: `Пётр ${tag}`,
    companyId: company.id,
    phone: `+7 912 ${phoneDigits}`,
    email: `petr.${tag.toLowerCase()}@example.com`,
  });

  await page.goto('/#/leads');
  await page.getByRole('button', { name: 'Новый лид' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новый лид' });
  await expect(dialog.getByLabel('Компания')).toBeFocused();
  // Nothing typed: the form asks for a company or a person.
  await dialog.getByRole('button', { name: 'Создать лид' }).click();
  await expect(dialog.getByTestId('lead-company-error')).toHaveText('Укажите компанию или контактное лицо');

  await dialog.getByLabel('Компания').fill(`ООО «${tag} Новая»`);
  await dialog.getByLabel('ИНН').fill(inn);
  // The same phone typed another way: 8 and brackets instead of +7.
  await dialog.getByLabel('Телефон').fill(`8 (912) ${phoneDigits.slice(0, 3)}-${phoneDigits.slice(3)}`);
  const warning = dialog.getByTestId('lead-duplicates');
  await expect(warning).toContainText(`Компания «ООО «${tag} Известная»»: совпадает ИНН`);
  await expect(warning).toContainText(`Контакт «Пётр ${tag}»: совпадает телефон`);
  // The same e-mail in other case: the contact matches on both.
  await dialog.getByLabel('E-mail').fill(`PETR.${tag.toUpperCase()}@Example.COM`);
  await expect(warning).toContainText(new RegExp(`Контакт «Пётр ${tag}»: совпадает (e-mail, телефон|телефон, e-mail)`));
  await page.screenshot({ path: `${SHOTS}/leads-new-duplicates-ru.png`, animations: 'disabled' });

  await warning.getByTestId('lead-duplicate').filter({ hasText: 'Компания' }).getByRole('button').click();
  await expect(dialog.getByTestId('lead-attached-company')).toContainText(`ООО «${tag} Известная»`);
  await dialog.getByLabel('Контактное лицо').fill(`Анна ${tag}`);
  await dialog.getByLabel('Оценка суммы, RUB').fill('250 000');
  await dialog.getByLabel('Заметка').fill('Звонила сама, ждёт КП');
  await dialog.getByRole('button', { name: 'Создать лид' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Лид «ООО «${tag} Известная»» создан` })).toBeVisible();

  const page1 = await rpc('leads.list', { search: tag });
  expect(page1.total).toBe(1);
  expect(page1.rows[0]).toMatchObject({
    companyId: company.id,
    contactName: `Анна ${tag}`,
    valueMinor: 250_000_00,
    notes: 'Звонила сама, ждёт КП',
  });
  // No second company was made from the typed name.
  expect((await rpc('companies.list', { search: `${tag} Новая` })).total).toBe(0);
  await page.getByRole('searchbox').fill(tag);
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: `ООО «${tag} Известная»` })
      .locator('[data-sla]'),
  ).toHaveAttribute('data-sla', 'running');
});

for (const language of ['ru', 'en'] as const) {
  test(`an approved ICP profile gives a lead's company its fit, shown with reasons (${language})`, async ({
    page,
    rpc,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await rpc('settings.set', { 'ui.language': language });
    const tag = `Icp${language}${Date.now()}`;
    const { company } = await rpc('companies.create', {
      name: `ООО «${tag} Груз»`,
      industry: `${tag} Логистика`,
      size: 'medium',
      region: 'Казань',
    });
    await createDeal(rpc, `${tag} Перевозки`, 'new_lead', { companyId: company.id });
    await page.goto('/#/settings');
    const card = page.getByTestId('icp-profiles-card');
    await card.getByRole('button', { name: language === 'ru' ? 'Новый профиль' : 'New profile' }).click();
    const form = page.getByTestId('icp-profile-form');
    await form.getByLabel(language === 'ru' ? 'Название' : 'Name').fill(`${tag} Перевозчики`);
    await form.getByLabel(language === 'ru' ? 'Отрасли' : 'Industries').fill(`${tag} логистика, Склады`);
    await form.getByLabel(language === 'ru' ? 'Регионы' : 'Regions').fill('Москва');
    await form.getByLabel(language === 'ru' ? 'Размер от' : 'Size from').selectOption('small');
    await form.getByLabel(language === 'ru' ? 'Размер до' : 'Size up to').selectOption('micro');
    await form.getByRole('button', { name: language === 'ru' ? 'Сохранить' : 'Save' }).click();
    // A reversed range is refused on its upper box, translated.
    await expect(form.getByRole('alert')).toHaveText(
      language === 'ru'
        ? 'Верхняя граница диапазона меньше нижней'
        : 'The upper end of the range is below the lower end',
    );
    await form.getByLabel(language === 'ru' ? 'Размер до' : 'Size up to').selectOption('large');
    await form.getByRole('button', { name: language === 'ru' ? 'Сохранить' : 'Save' }).click();
    const row = card.getByTestId('icp-profile-row').filter({ hasText: `${tag} Перевозчики` });
    await expect(row).toContainText(language === 'ru' ? 'Черновик' : 'Draft');
    const profileId = (await rpc('icpProfiles.list', {})).find((profile) => profile.name === `${tag} Перевозчики`)?.id;
    try {
      await row.getByRole('button', { name: language === 'ru' ? 'Утвердить' : 'Approve' }).click();
      await expect(row).toContainText(language === 'ru' ? 'Утверждён' : 'Approved by');
      await row.scrollIntoViewIfNeeded();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${SHOTS}/icp-settings-${language}.png`, animations: 'disabled' });

      await page.goto(`/#/leads?q=${encodeURIComponent(tag)}`);
      await expect(page.getByRole('row').filter({ hasText: `${tag} Перевозки` })).toContainText('67%');

      await page.goto(`/#/companies/${company.id}`);
      const fit = page.getByTestId('company-icp-fit');
      await expect(fit).toContainText('67%');
      await expect(fit).toContainText(language === 'ru' ? 'Не подходит: регион' : 'Does not fit: region');
      await expect(fit).toContainText(language === 'ru' ? 'Подходит: размер' : 'Fits: size');
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${SHOTS}/icp-company-${language}.png`, animations: 'disabled' });
    } finally {
      // The host is shared: an approved profile would give other specs' companies a fit.
      if (profileId) await rpc('icpProfiles.delete', { id: profileId });
    }
  });
}
