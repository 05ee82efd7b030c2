import type { Rpc } from './support/createRpc';
import { expect, test } from './fixtures';
import { type BoardWorkspace, seedBoardDeals, startBoardWorkspace } from './support/boardWorkspace';
import { card, column } from './support/boardPage';

/**
 * Logging an activity from anywhere against the real core: "A" on a focused board card, the
 * card's button, the company page (its button, "A", and a contact's button), the contacts table,
 * and the deal chooser when no record is in view. Links come from where it was logged.
 */
let ws: BoardWorkspace;

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeAll(async () => {
  ws = await startBoardWorkspace('ru');
});

test.afterAll(async () => {
  await ws.host.stop();
});

const companyActivities = async (rpc: Rpc, id: string) =>
  (await rpc('timeline.page', { subject: 'company', id, types: ['activity'] })).entries.flatMap((entry) =>
    entry.kind === 'activity' ? [entry.activity] : [],
  );

test('two keystrokes on a focused card log a call on its deal; the card button logs too', async ({ page }) => {
  const tag = `Карточка ${Date.now()}`;
  const [deal, other] = await seedBoardDeals(ws.rpc, [
    {
      title: `${tag} поставка`,
      valueMinor: 300_000_00,
      stageKey: 'new_lead',
      ownerId: ws.anna.id,
      company: `ООО ${tag}`,
    },
    { title: `${tag} лицензии`, valueMinor: 100_000_00, stageKey: 'new_lead', ownerId: ws.anna.id },
  ]);
  await page.goto(`${ws.host.url}#/pipeline`);
  const lane = column(page, 'new_lead');
  const target = card(lane, deal!.title);
  await target.focus();

  // A, then Enter: a call (the default type) on this deal, now.
  await page.keyboard.press('a');
  const dialog = page.getByRole('dialog', { name: `Новая активность: ${deal!.title}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Звонок' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const touch = await ws.rpc('activities.firstTouch', { dealId: deal!.id });
  expect(touch.activity).toMatchObject({ type: 'call', dealId: deal!.id, companyId: deal!.companyId });
  expect(touch.afterMs).not.toBeNull();
  await expect(page.getByRole('status').filter({ hasText: 'Активность записана' })).toBeVisible();

  // The card's button (shown on hover) opens the form on its own deal, not the drawer.
  const otherCard = card(lane, other!.title);
  await otherCard.hover();
  await otherCard.getByTestId('card-log').click();
  const form = page.getByRole('dialog', { name: `Новая активность: ${other!.title}` });
  await form.getByRole('radio', { name: 'Письмо' }).check();
  await form.getByLabel('Тема').fill('Презентация отправлена');
  await page.screenshot({ path: 'test-results/screenshots/log-from-card-ru.png' });
  await form.getByTestId('activity-submit').click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('deal-drawer')).toHaveCount(0);
  const history = await ws.rpc('timeline.page', { subject: 'deal', id: other!.id });
  expect(
    history.entries.some((entry) => entry.kind === 'activity' && entry.activity.subject === 'Презентация отправлена'),
  ).toBe(true);
});

test('the company page logs on the company (button and A) and on a contact, and its timeline shows them', async ({
  page,
}) => {
  const tag = `Компания ${Date.now()}`;
  const { company } = await ws.rpc('companies.create', { name: `АО «${tag}»` });
  const contact = await ws.rpc('contacts.create', { name: 'Ирина Волкова', companyId: company.id });
  await page.goto(`${ws.host.url}#/companies/${company.id}`);
  await expect(page.getByTestId('company-page')).toBeVisible();

  await page.getByTestId('company-log').click();
  let dialog = page.getByRole('dialog', { name: `Новая активность: ${company.name}` });
  await dialog.getByRole('radio', { name: 'Встреча' }).check();
  await dialog.getByLabel('Тема').fill('Знакомство на выставке');
  await dialog.getByTestId('activity-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('timeline-entry').filter({ hasText: 'Знакомство на выставке' })).toBeVisible();

  // "A" on the page: the same company.
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('a');
  dialog = page.getByRole('dialog', { name: `Новая активность: ${company.name}` });
  await dialog.getByLabel('Тема').fill('Звонок секретарю');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  // A contact's button: the contact and, through it, the company.
  await page.getByTestId('company-contact').filter({ hasText: 'Ирина Волкова' }).getByTestId('contact-log').click();
  dialog = page.getByRole('dialog', { name: 'Новая активность: Ирина Волкова' });
  await dialog.getByRole('radio', { name: 'Заметка' }).check();
  await dialog.getByLabel('Тема').fill('Предпочитает почту');
  await dialog.getByTestId('activity-submit').click();
  await expect(dialog).toBeHidden();

  const items = await companyActivities(ws.rpc, company.id);
  expect(items.map((item) => [item.subject, item.type, item.contactId, item.dealId])).toEqual(
    expect.arrayContaining([
      ['Знакомство на выставке', 'meeting', null, null],
      ['Звонок секретарю', 'call', null, null],
      ['Предпочитает почту', 'note', contact.contact.id, null],
    ]),
  );
  await expect(page.getByTestId('timeline-entry').filter({ hasText: 'Предпочитает почту' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/company-timeline-ru.png' });
});

test('the contacts table logs on a contact; with nothing in view, A asks which deal', async ({ page }) => {
  const tag = `Контакт ${Date.now()}`;
  const { company } = await ws.rpc('companies.create', { name: `ООО «${tag}»` });
  const saved = await ws.rpc('contacts.create', { name: `${tag} Пётр`, companyId: company.id });
  await page.goto(`${ws.host.url}#/contacts`);
  const row = page.getByRole('row').filter({ hasText: `${tag} Пётр` });
  await row.hover();
  await row.getByTestId('contact-log').click();
  const dialog = page.getByRole('dialog', { name: `Новая активность: ${tag} Пётр` });
  await dialog.getByLabel('Тема').fill('Уточнил бюджет');
  await dialog.getByTestId('activity-submit').click();
  await expect(dialog).toBeHidden();
  const items = await companyActivities(ws.rpc, company.id);
  expect(items.find((item) => item.subject === 'Уточнил бюджет')?.contactId).toBe(saved.contact.id);

  // My day has no record in view: A opens the deal chooser; typing and Enter pick the deal.
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} внедрение`, valueMinor: 100_00, stageKey: 'new_lead', ownerId: ws.anna.id },
  ]);
  await page.goto(`${ws.host.url}#/activities`);
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('a');
  const chooser = page.getByTestId('log-chooser');
  await expect(chooser).toBeVisible();
  await page.keyboard.type(`${tag} внедр`);
  await expect(chooser.getByRole('option', { name: new RegExp(`${tag} внедрение`) })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/log-chooser-ru.png' });
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: `Новая активность: ${deal!.title}` });
  await expect(form).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  expect((await ws.rpc('activities.firstTouch', { dealId: deal!.id })).activity?.type).toBe('call');

  // Escape closes the chooser without logging.
  await page.keyboard.press('a');
  await expect(chooser).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(chooser).toBeHidden();
});

test('A on a focused row of the deals table and of the leads inbox logs on that row’s deal', async ({ page }) => {
  const tag = `Строка ${Date.now()}`;
  const [deal, lead] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} внедрение`, valueMinor: 100_00, stageKey: 'proposal', ownerId: ws.anna.id },
    { title: `${tag} заявка`, valueMinor: 100_00, stageKey: 'new_lead', ownerId: ws.anna.id },
  ]);
  await page.goto(`${ws.host.url}#/deals?q=${encodeURIComponent(tag)}`);
  await page.getByRole('row').filter({ hasText: deal!.title }).getByRole('link', { name: deal!.title }).focus();
  await page.keyboard.press('a');
  let form = page.getByRole('dialog', { name: `Новая активность: ${deal!.title}` });
  await form.getByLabel('Тема').fill('Звонок из таблицы');
  await form.getByTestId('activity-submit').click();
  await expect(form).toBeHidden();
  expect((await ws.rpc('activities.firstTouch', { dealId: deal!.id })).activity?.subject).toBe('Звонок из таблицы');

  // In the inbox the row's checkbox counts as being on the row.
  await page.goto(`${ws.host.url}#/leads?q=${encodeURIComponent(tag)}`);
  await page.getByRole('row').filter({ hasText: lead!.title }).getByRole('checkbox').focus();
  await page.keyboard.press('a');
  form = page.getByRole('dialog', { name: `Новая активность: ${lead!.title}` });
  await form.getByLabel('Тема').fill('Звонок из входящих');
  await form.getByTestId('activity-submit').click();
  await expect(form).toBeHidden();
  expect((await ws.rpc('activities.firstTouch', { dealId: lead!.id })).activity?.subject).toBe('Звонок из входящих');
});
