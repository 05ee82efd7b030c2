import { startTestSmtpServer, type TestSmtpServer } from '../helpers/startTestSmtpServer';
import { createRpc, type Rpc } from './support/createRpc';
import { type RunningHost, startHost } from './support/startHost';
import { expect, test } from './fixtures';

const LOGIN = { user: 'anna@voronka.test', pass: 'smtp-secret' };
const tag = () => Date.now().toString(36);

/** Its own host, whose SMTP password comes from the environment as the browser host's does. */
let smtp: TestSmtpServer;
let host: RunningHost;
let rpc: Rpc;
test.beforeAll(async () => {
  smtp = await startTestSmtpServer({ login: LOGIN });
  host = await startHost({ env: { VORONKA_SMTP_PASSWORD: LOGIN.pass } });
  rpc = await createRpc(host.url);
});
test.afterAll(async () => {
  await host?.stop();
  await smtp?.close();
});

const shot = (name: string) => `test-results/screenshots/${name}.png`;

test('SMTP settings, a template written with its live preview, a deal’s e-mail queued and sent once, logged on the deal', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await rpc('settings.set', { 'ui.language': 'ru' });
  const contact = (await rpc('contacts.create', { name: 'Мария Петрова', email: 'maria@romashka.test' })).contact;
  const pipeline = (await rpc('pipelines.list', {}))[0]!;
  const title = `Поставка станков ${tag()}`;
  const deal = await rpc('deals.create', {
    title,
    pipelineId: pipeline.id,
    contactId: contact.id,
    valueMinor: 1_250_000_00,
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${host.url}#/settings`);

  const account = page.getByTestId('smtp-card');
  await expect(account).toContainText('SMTP не настроен');
  await account.getByLabel('Сервер SMTP').fill('127.0.0.1');
  await account.getByLabel('Порт', { exact: true }).fill(String(smtp.port));
  await account.getByLabel('Защита', { exact: true }).selectOption('none');
  await account.getByLabel('Логин').fill(LOGIN.user);
  await account.getByLabel('Адрес отправителя').fill(LOGIN.user);
  await account.getByLabel('Имя отправителя').fill('Анна');
  await account.getByRole('button', { name: 'Сохранить' }).click();
  await expect(account.getByTestId('smtp-password-note')).toHaveText(
    'Пароль берётся из переменной окружения VORONKA_SMTP_PASSWORD.',
  );
  await account.getByLabel('Кому отправить тестовое письмо').fill('me@voronka.test');
  await account.getByRole('button', { name: 'Отправить тестовое письмо' }).click();
  await expect(page.getByText('Тестовое письмо отправлено на me@voronka.test.')).toBeVisible();
  expect(smtp.accepted.map((mail) => mail.to)).toMatchObject([{ value: [{ address: 'me@voronka.test' }] }]);

  const templates = page.getByTestId('email-templates-card');
  await templates.getByRole('button', { name: 'Новый шаблон' }).click();
  const editor = page.getByTestId('email-template-form');
  await editor.getByLabel('Название').fill('Коммерческое предложение');
  await editor.getByLabel('Тема').fill('Предложение: {{deal.title}}');
  await editor.getByLabel('Текст').fill('{{contact.fristName}}, добрый день! ');
  const preview = page.getByTestId('email-template-preview');
  await expect(page.getByTestId('email-template-unknown')).toHaveText('Неизвестные переменные: contact.fristName');
  await editor.getByLabel('Текст').fill('Добрый день, ');
  await editor.getByRole('button', { name: 'Вставить contact.firstName' }).click();
  await editor.getByLabel('Текст').press('End');
  await editor.getByLabel('Текст').pressSequentially('! Сумма: ');
  await editor.getByRole('button', { name: 'Вставить deal.value' }).click();
  await expect(preview).toContainText('Добрый день, Анна! Сумма: 450 000 ₽');
  await expect(preview).toContainText('Предложение: Поставка оборудования');
  await expect(page.getByTestId('email-template-unknown')).toHaveCount(0);
  await page.screenshot({ path: shot('email-template-ru') });
  await editor.getByRole('button', { name: 'Сохранить' }).click();
  await expect(templates.getByTestId('email-template-row')).toContainText('Коммерческое предложение');

  await page.goto(`${host.url}#/pipeline?deal=${deal.id}`);
  await page.getByTestId('compose-email').click();
  const compose = page.getByTestId('compose-email-form');
  await expect(compose.getByLabel('Тема')).toHaveValue(`Предложение: ${title}`);
  await expect(compose.getByLabel('Кому')).toHaveValue('maria@romashka.test');
  await expect(compose.getByLabel('Текст')).toHaveValue(/^Добрый день, Мария! Сумма: 1\s250\s000\s₽$/);
  await compose.getByLabel('Текст').press('End');
  await compose.getByLabel('Текст').pressSequentially(' Жду ответа.');
  await page.screenshot({ path: shot('email-compose-ru') });
  await compose.getByRole('button', { name: 'Поставить в очередь' }).click();
  await expect(page.getByText('Письмо поставлено в очередь')).toBeVisible();

  // The host's sender picks it up at once and the deal's timeline gets the e-mail.
  await expect.poll(() => smtp.accepted.length, { timeout: 15_000 }).toBe(2);
  const mail = smtp.accepted[1]!;
  expect(mail.subject).toBe(`Предложение: ${title}`);
  expect(mail.text?.replace(/[\u00a0\u202f]/g, ' ').trim()).toBe('Добрый день, Мария! Сумма: 1 250 000 ₽ Жду ответа.');
  await expect(page.getByTestId('deal-drawer').getByText(`Предложение: ${title}`).first()).toBeVisible({
    timeout: 10_000,
  });

  await page.goto(`${host.url}#/settings`);
  const sentRow = page.getByTestId('outbox-card').getByTestId('outbox-row').filter({ hasText: title });
  await expect(sentRow).toHaveAttribute('data-status', 'sent');
  await expect(sentRow).toContainText('Отправлено');
  await page.getByTestId('smtp-card').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('email-settings-ru') });
  await page.getByTestId('outbox-card').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('email-outbox-ru') });
  expect(smtp.accepted).toHaveLength(2);

  await rpc('settings.set', { 'ui.language': 'en' });
  await page.reload();
  await page.getByTestId('smtp-card').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('smtp-card')).toContainText('E-mail: SMTP account');
  await page.screenshot({ path: shot('email-settings-en') });
  await page.getByTestId('outbox-card').scrollIntoViewIfNeeded();
  await expect(sentRow).toContainText('Sent');
  await page.screenshot({ path: shot('email-outbox-en') });
  await page.getByTestId('email-templates-card').getByRole('button', { name: 'Edit' }).first().click();
  await expect(page.getByTestId('email-template-preview')).toContainText('Preview with a sample deal');
  await page.screenshot({ path: shot('email-template-en') });
});

test('with no SMTP account a queued message opens in the mail app and is marked sent', async ({
  page,
  rpc: sharedRpc,
  baseURL,
}) => {
  await sharedRpc('settings.set', { 'ui.language': 'en' });
  const contact = (await sharedRpc('contacts.create', { name: 'John Smith', email: 'john@acme.test' })).contact;
  const pipeline = (await sharedRpc('pipelines.list', {}))[0]!;
  const title = `Mailto deal ${tag()}`;
  const deal = await sharedRpc('deals.create', { title, pipelineId: pipeline.id, contactId: contact.id });
  await sharedRpc('email.queue', {
    dealId: deal.id,
    templateId: null,
    to: 'john@acme.test',
    subject: `Hello about ${title}`,
    body: 'Line one\nLine two',
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${baseURL}#/settings`);
  const row = page.getByTestId('outbox-card').getByTestId('outbox-row').filter({ hasText: title });
  await expect(row).toHaveAttribute('data-status', 'queued');
  const link = row.getByRole('link', { name: 'Open in mail app' });
  await expect(link).toHaveAttribute(
    'href',
    `mailto:john@acme.test?subject=${encodeURIComponent(`Hello about ${title}`)}&body=Line%20one%0D%0ALine%20two`,
  );
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('email-outbox-mailto-en') });
  await row.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(row).toHaveAttribute('data-status', 'sent');
  await expect(row).toContainText('via the mail app');
  const timeline = await sharedRpc('timeline.page', { subject: 'deal', id: deal.id });
  expect(JSON.stringify(timeline)).toContain(`Hello about ${title}`);
});
