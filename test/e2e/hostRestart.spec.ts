import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { en } from '@shared/i18n/en';
import { ru } from '@shared/i18n/ru';
import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { createRpc, type Rpc } from './support/createRpc';
import { rpcMethodOf } from './support/holdCalls';
import { type RunningHost, startHost } from './support/startHost';

/**
 * The host stops and comes back as a new launch (a new token) on the same SQLite file and port:
 * the page says it cannot reach Voronka, keeps what it showed, never claims the lists are empty,
 * keeps a form typed while offline, reconnects by itself and works with the new launch.
 */

const SHOTS = 'test-results/screenshots';

let host: RunningHost;
let rpc: Rpc;

test.beforeEach(async () => {
  host = await startHost();
  rpc = await createRpc(host.url);
  await rpc('settings.set', { 'ui.language': 'ru' });
});

test.afterEach(async ({ page, pageErrors }) => {
  await page.close();
  await host.stop();
  // The browser logs every refused request while the host is down; those are this test's point.
  // A chunk prefetched meanwhile (the drawer's, 1.5 s after the start) may get the restarting
  // host's 503 for its stylesheet, which the browser refuses to apply.
  const expected =
    /ERR_CONNECTION_REFUSED|Failed to load resource|EventSource|Unable to preload CSS|Refused to apply style|Failed to fetch dynamically imported module|error occurred in the <Lazy> component|PageBoundary/;
  const unexpected = pageErrors.filter((error) => !expected.test(error));
  pageErrors.splice(0, pageErrors.length, ...unexpected);
});

/**
 * The page's requests still on their way (the event stream aside); `settled` waits until none has
 * been for 300 ms, so what a hover or a load started has all arrived.
 */
const countRequestsInFlight = (page: Page) => {
  let inFlight = 0;
  const counted = (request: Request) => !request.url().includes('/events');
  page.on('request', (request) => {
    if (counted(request)) inFlight += 1;
  });
  const done = (request: Request) => {
    if (counted(request)) inFlight -= 1;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    async settled() {
      for (let quiet = 0; quiet < 3; quiet = inFlight === 0 ? quiet + 1 : 0) await page.waitForTimeout(100);
    },
  };
};

const restart = async () => {
  const { dbPath, port } = host;
  host = await startHost({ dbPath, port });
  return createRpc(host.url);
};

test('a host restart: offline banner, last data kept, no empty state, a kept draft, then reconnect with the new token', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const names = ['ООО «Северный ветер»', 'АО «Уральские самоцветы»'];
  for (const name of names) await rpc('companies.create', { name });
  const inFlight = countRequestsInFlight(page);
  await page.goto(`${host.url}#/companies`);
  for (const name of names) await expect(page.getByRole('row').filter({ hasText: name })).toBeVisible();

  // The contacts section's code is fetched while online (as hovering its link does); its data is not.
  // (Every request counted to its end, the route's chunk and the chunks it imports: a page that was
  // idle once counts as "networkidle" at once, and the host stopped before the hover's downloads had
  // finished in CI runs.)
  const contactsCode = page.waitForResponse((response) => /\/ContactsRoute-[^/]*\.js$/.test(response.url()));
  await page.getByRole('link', { name: 'Контакты' }).hover();
  await contactsCode;
  await inFlight.settled();
  await host.stop({ keepDb: true });

  // The dropped event stream is enough to notice: no click needed. (The page's banner comes first;
  // an open dialog has its own.)
  const banner = page.getByTestId('connection-banner').first();
  await expect(banner).toBeVisible({ timeout: 10_000 });
  await expect(banner).toContainText(ru.connection.offline.title);
  await expect(banner).toContainText(ru.connection.offline.body);
  await expect(banner.getByRole('button', { name: ru.connection.offline.retryNow })).toBeVisible();
  await expect(banner).toContainText(/Повторная попытка через \d+ с|Подключаемся…/);
  // The last data stays; the empty state never shows.
  for (const name of names) await expect(page.getByRole('row').filter({ hasText: name })).toBeVisible();
  await expect(page.getByText(ru.companies.empty.title)).toHaveCount(0);
  await expect(page.getByTestId('companies-count')).toHaveText('2 компании');
  await page.screenshot({ path: `${SHOTS}/offline-banner-companies-ru-1280x720.png`, animations: 'disabled' });

  // A section whose code never downloaded says why and offers no reload (that would lose the page).
  await page.getByRole('link', { name: 'Сделки' }).click();
  await expect(page.getByText(ru.connection.pageOffline.title)).toBeVisible();
  await expect(page.getByRole('button', { name: ru.app.pageFailed.reload })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/offline-section-ru-1280x720.png`, animations: 'disabled' });

  // A page whose code is here but whose data never loaded says the data cannot be reached, not
  // "no contacts yet".
  await page.getByRole('link', { name: 'Контакты' }).click();
  await expect(page.getByTestId('load-failed')).toContainText(ru.connection.loadFailed);
  await expect(page.getByText(ru.contacts.empty.title)).toHaveCount(0);
  await expect(page.getByTestId('contacts-count')).toHaveText('');
  await page.screenshot({ path: `${SHOTS}/offline-banner-contacts-ru-1280x720.png`, animations: 'disabled' });

  // A write while offline fails in plain words and loses nothing.
  await page.getByRole('link', { name: 'Компании' }).click();
  for (const name of names) await expect(page.getByRole('row').filter({ hasText: name })).toBeVisible();
  const draft = 'ООО «Черновик при обрыве связи»';
  await page.getByRole('button', { name: 'Новая компания' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Новая компания' });
  await dialog.getByLabel('Название').fill(draft);
  await dialog.getByLabel('ИНН').fill('7707083893');
  await dialog.getByRole('button', { name: 'Создать компанию' }).click();
  const toast = page.getByTestId('toast').filter({ hasText: ru.connection.failures.unreachable });
  await expect(toast).toBeVisible();
  await expect(page.getByText('Failed to fetch')).toHaveCount(0);
  await expect(page.getByText(/TypeError|fetch/)).toHaveCount(0);
  await expect(dialog).toBeVisible();
  // The page's banner is under the dialog's backdrop: the dialog says it cannot reach the core.
  await expect(dialog.getByTestId('connection-banner')).toContainText(ru.connection.offline.title);
  await expect(dialog.getByLabel('Название')).toHaveValue(draft);
  await expect(dialog.getByLabel('ИНН')).toHaveValue('7707083893');
  await page.screenshot({ path: `${SHOTS}/offline-write-ru-1280x720.png`, animations: 'disabled' });

  // The host comes back as a new launch: the page reconnects by itself and says what happened.
  const before = await page.evaluate(() =>
    document.querySelector('meta[name="voronka-token"]')?.getAttribute('content'),
  );
  const rpcAfter = await restart();
  await expect(banner).toBeHidden({ timeout: 20_000 });
  await expect(page.getByTestId('toast').filter({ hasText: ru.connection.restarted })).toBeVisible();

  // The kept draft saves with the new launch's token: no "not enough rights".
  await dialog.getByRole('button', { name: 'Создать компанию' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(ru.errors.FORBIDDEN)).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: draft })).toBeVisible();
  const stored = await rpcAfter('companies.list', { search: 'Черновик' });
  expect(stored.rows.map((row) => row.name)).toEqual([draft]);
  expect((await rpcAfter('companies.list', {})).total).toBe(3);
  // The page's meta still holds the old token: the new one came from the host, not a reload.
  expect(before).toBeTruthy();
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);

  // Live updates flow again over the re-opened event stream.
  await rpcAfter('companies.create', { name: 'ЗАО «После перезапуска»' });
  await expect(page.getByRole('row').filter({ hasText: 'ЗАО «После перезапуска»' })).toBeVisible();
});

test('"Retry now" reconnects at once, and the board keeps its cards while the host is down', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const deal = await rpc('deals.create', {
    title: 'Поставка серверов для Ёлочки',
    valueMinor: 150_000_00,
    pipelineId: DEFAULT_PIPELINE.id,
    stageId: DEFAULT_STAGES[0]!.id,
  });
  await page.goto(`${host.url}#/pipeline`);
  const card = page.getByText(deal.title);
  await expect(card).toBeVisible();

  await host.stop({ keepDb: true });
  const banner = page.getByTestId('connection-banner');
  await expect(banner).toBeVisible({ timeout: 10_000 });
  await expect(card).toBeVisible();
  await expect(page.getByText(ru.board.noPipelines)).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/offline-banner-board-ru-1280x720.png`, animations: 'disabled' });

  await page.waitForTimeout(1500);
  await expect(card).toBeVisible();

  // A section whose code never downloaded waits for the connection and then opens by itself.
  await page.getByRole('link', { name: 'Сделки' }).click();
  await expect(page.getByText(ru.connection.pageOffline.title)).toBeVisible();

  // Let the backoff grow to 8 s, so only the button can explain a reconnect within 2.5 s of the restart.
  await expect(banner).toContainText(/через (8|1\d) с/, { timeout: 20_000 });
  await restart();
  await banner.getByRole('button', { name: ru.connection.offline.retryNow }).click();
  await expect(banner).toBeHidden({ timeout: 2500 });
  await expect(page.getByRole('row').filter({ hasText: deal.title })).toBeVisible();
});

test('a call sent while the host was down and failing only after it is back brings no banner back next to the toast', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await rpc('companies.create', { name: 'ООО «Запоздалый ответ»' });
  await page.goto(`${host.url}#/companies`);
  await expect(page.getByRole('row').filter({ hasText: 'Запоздалый ответ' })).toBeVisible();
  await host.stop({ keepDb: true });
  const banner = page.getByTestId('connection-banner');
  await expect(banner).toBeVisible({ timeout: 10_000 });

  // A search typed while the host is down: its request is held on the way and refused only once
  // the page has reconnected (as a slow failure arrives after a later call got through).
  // (Only the first: the route stays, since unrouting would let the held request go on.)
  let refuseLate: (() => Promise<void>) | null = null;
  const held = new Promise<void>((heard) => {
    void page.route('**/rpc', (route) => {
      if (refuseLate || rpcMethodOf(route.request().postData()) !== 'companies.list') return route.fallback();
      refuseLate = () => route.abort('connectionrefused');
      heard();
    });
  });
  await page.getByRole('searchbox', { name: 'Поиск' }).fill('Запоздалый');
  await held;

  await restart();
  const toast = page.getByTestId('toast').filter({ hasText: ru.connection.restarted });
  await expect(banner).toBeHidden({ timeout: 20_000 });
  await expect(toast).toBeVisible();
  const refused = page.waitForEvent('requestfailed', (request) => request.url().endsWith('/rpc'));
  await refuseLate!();
  await refused;
  await page.waitForTimeout(300);
  await expect(banner).toBeHidden();
  await expect(toast).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/reconnected-late-failure-ru-1280x720.png`, animations: 'disabled' });

  // The host going away again takes the toast down with the banner's return (a search notices it:
  // the event stream may still be re-joining the last launch).
  await host.stop({ keepDb: true });
  await page.getByRole('searchbox', { name: 'Поиск' }).fill('Ответ');
  await expect(banner).toBeVisible({ timeout: 10_000 });
  await expect(toast).toHaveCount(0);
  await restart();
  await expect(banner).toBeHidden({ timeout: 20_000 });
});

test('a part of the window whose code never arrived is left out, not the whole window, and comes back with the connection', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const deal = await rpc('deals.create', {
    title: 'Щебень для Ёлочки',
    pipelineId: DEFAULT_PIPELINE.id,
    stageId: DEFAULT_STAGES[0]!.id,
  });
  // The bell's and the saved views' code (and any stylesheet of theirs) does not arrive (as when
  // the host goes away first): the board and the shell stay, without those two parts. A failed
  // lazy part used to unmount the whole window (a blank page) or put the board's "could not load"
  // in place of its cards.
  const partsCode = /\/(ReminderHost|BoardSavedViews|SavedViews)-[^/]*\.(js|css)$/;
  await page.route(partsCode, (route) => route.abort('connectionrefused'));
  await page.goto(`${host.url}#/pipeline`);
  await expect(page.getByText(deal.title)).toBeVisible();
  const bell = page.getByTestId('reminder-bell');
  const views = page.getByTestId('board-views-button');
  await page.waitForTimeout(500);
  await expect(page.getByText(deal.title)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Сделки' })).toBeVisible();
  await expect(bell).toHaveCount(0);
  await expect(views).toHaveCount(0);

  // Once the connection is back, they load by themselves.
  await page.unroute(partsCode);
  await host.stop({ keepDb: true });
  const banner = page.getByTestId('connection-banner');
  await expect(banner).toBeVisible({ timeout: 10_000 });
  await restart();
  // The banner may already be reconnecting by itself (its button disabled while it checks, then
  // gone with it): the click only hurries it, so it is tried briefly and the banner's going counts.
  await banner
    .getByRole('button', { name: ru.connection.offline.retryNow })
    .click({ timeout: 3_000 })
    .catch(() => undefined);
  await expect(banner).toBeHidden({ timeout: 20_000 });
  await expect(bell).toBeVisible();
  await expect(views).toBeVisible();
  await expect(page.getByText(deal.title)).toBeVisible();
  // Styled too: a part's stylesheet that failed once was never requested again (Vite's loader
  // remembers every stylesheet it added), so the bell came back as a bare button.
  await expect(bell).toHaveCSS('display', 'grid');
  await expect(bell).toHaveCSS('width', '36px');
});

test('a download while Voronka cannot be reached says no file was made (backup, table export, report; ru and en)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await rpc('deals.create', { title: 'Выгрузка без связи', pipelineId: DEFAULT_PIPELINE.id });
  const banner = page.getByTestId('connection-banner');
  // The click may come before the page noticed (its event stream may still be re-joining the
  // last launch): the download's own failed call is what tells it, as it would tell a user.
  const goOffline = () => host.stop({ keepDb: true });
  const goOnline = async () => {
    rpc = await restart();
    // The banner may be reconnecting already: the click only hurries it (as in the test above).
    await banner
      .getByRole('button', { name: ru.connection.offline.retryNow })
      .click({ timeout: 3_000 })
      .catch(() => undefined);
    await expect(banner).toBeHidden({ timeout: 20_000 });
  };
  /** The download's own message and advice, never the generic «changes not saved»; then dismissed. */
  const expectDownloadRefused = async (messages: typeof ru, shot: string) => {
    const toast = page.getByRole('alert').filter({ hasText: messages.connection.downloadUnreachable.message });
    await expect(toast).toBeVisible();
    await expect(toast).toContainText(messages.connection.downloadUnreachable.advice);
    await expect(banner).toBeVisible();
    await expect(page.getByText(messages.connection.failures.unreachable)).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/offline-download-${shot}-1280x720.png`, animations: 'disabled' });
    await toast.getByRole('button', { name: messages.common.actions.dismiss }).click();
    await expect(toast).toHaveCount(0);
  };

  await page.goto(`${host.url}#/settings`);
  const backupCard = page.getByTestId('backup-card');
  await expect(backupCard.getByTestId('backup-row').first()).toBeVisible();
  await goOffline();
  await backupCard.getByRole('button', { name: 'Скачать копию' }).click();
  await expectDownloadRefused(ru, 'backup-ru');

  await goOnline();
  await page.getByRole('link', { name: 'Сделки' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Выгрузка без связи' })).toBeVisible();
  await goOffline();
  await page.getByRole('button', { name: 'Экспорт' }).click();
  await page.getByRole('menuitem', { name: 'CSV' }).click();
  await expectDownloadRefused(ru, 'export-ru');

  await goOnline();
  await page.goto(`${host.url}#/reports`);
  await expect(page.getByTestId('report-period')).toBeVisible();
  await goOffline();
  await page.getByRole('button', { name: 'Excel' }).click();
  await expectDownloadRefused(ru, 'report-ru');

  await goOnline();
  await rpc('settings.set', { 'ui.language': 'en' });
  await page.goto(`${host.url}#/settings`);
  await page.reload();
  await expect(backupCard.getByRole('heading', { name: 'Backups' })).toBeVisible();
  await expect(backupCard.getByTestId('backup-row').first()).toBeVisible();
  // Every read of the freshly loaded page has answered: only the download meets the stopped host.
  await page.waitForLoadState('networkidle');
  await goOffline();
  await backupCard.getByRole('button', { name: 'Download backup' }).click();
  await expectDownloadRefused(en, 'backup-en');
});

test('screens opened while Voronka cannot be reached say they could not load, with no «nothing was saved» toast, and load when it is back', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const { company } = await rpc('companies.create', { name: 'ООО «Тихая гавань»' });
  const { contact } = await rpc('contacts.create', { name: 'Вера Тихонова', companyId: company.id });
  // The screens' code is fetched while online; their data is read again when they are opened.
  await page.goto(`${host.url}#/contacts/${contact.id}`);
  await expect(page.getByRole('heading', { name: contact.name })).toBeVisible();
  await page.goto(`${host.url}#/companies/${company.id}`);
  await expect(page.getByRole('heading', { name: company.name })).toBeVisible();
  await page.goto(`${host.url}#/settings`);
  await expect(page.getByTestId('custom-fields-card')).toBeVisible();
  await page.goto(`${host.url}#/pipeline`);
  await page.waitForLoadState('networkidle');
  await host.stop({ keepDb: true });
  const banner = page.getByTestId('connection-banner');
  await expect(banner).toBeVisible({ timeout: 10_000 });

  // Settings reads every pipeline's stages for the custom fields; the record pages their record:
  // each says it could not load (not "not found", not "loading" for ever), and no toast claims a
  // change was lost.
  await page.getByRole('link', { name: 'Настройки' }).click();
  await expect(page.getByTestId('custom-fields-card')).toBeVisible();
  await page.goto(`${host.url}#/contacts/${contact.id}`);
  await expect(page.getByTestId('load-failed')).toContainText(ru.connection.loadFailed);
  await page.goto(`${host.url}#/companies/${company.id}`);
  const failed = page.getByTestId('load-failed');
  await expect(failed).toContainText(ru.connection.loadFailed);
  await expect(page.getByText(ru.companies.page.notFound)).toHaveCount(0);
  await expect(banner).toBeVisible();
  await expect(page.getByText(ru.connection.failures.unreachable)).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/offline-company-page-ru-1280x720.png`, animations: 'disabled' });

  // Back online, the page loads by itself.
  await restart();
  await expect(page.getByRole('heading', { name: company.name })).toBeVisible({ timeout: 20_000 });
  await expect(failed).toHaveCount(0);
});
