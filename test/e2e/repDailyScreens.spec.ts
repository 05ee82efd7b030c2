import { ru } from '@shared/i18n/ru';
import { expect, test } from './fixtures';
import { card, column, dragTo } from './support/boardPage';
import { seedBoardDeals } from './support/boardWorkspace';
import { createRpc } from './support/createRpc';
import { startHost } from './support/startHost';
import { useBoardWorkspace } from './support/useBoardWorkspace';

/**
 * What a new rep's first day on the board, the drawer, Leads and My day turned up at 1280×720:
 * long names, far dates and big sums, each checked where it showed wrong.
 */
const ws = useBoardWorkspace({ language: 'ru' });

test('the log form’s choices look like every other select (the app’s chevron, not the browser’s)', async ({ page }) => {
  const [deal] = await seedBoardDeals(ws.rpc, [{ title: `Журнал ${Date.now()}`, valueMinor: 0, stageKey: 'new_lead' }]);
  await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
  await page.getByTestId('deal-drawer').getByRole('button', { name: 'Записать активность' }).click();
  const form = page.getByTestId('activity-form');
  for (const label of ['Направление', 'Результат']) {
    const select = form.getByLabel(label);
    await expect(select).toHaveCSS('appearance', 'none');
    await expect(select.locator('xpath=following-sibling::*[1]')).toHaveClass(/icon/);
  }
});

test('a card’s next task names its year when it is due in another year', async ({ page }) => {
  const tag = `Годы ${Date.now()}`;
  const [old, far, soon] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} давняя`, valueMinor: 0, stageKey: 'new_lead' },
    { title: `${tag} дальняя`, valueMinor: 0, stageKey: 'new_lead' },
    { title: `${tag} ближняя`, valueMinor: 0, stageKey: 'new_lead' },
  ]);
  const thisYear = new Date().getFullYear();
  const plan = (dealId: string, dueAt: number) => ws.rpc('activities.plan', { subject: 'Позвонить', dueAt, dealId });
  await plan(old!.id, Date.UTC(thisYear - 1, 10, 1, 9));
  await plan(far!.id, Date.UTC(2199, 0, 15, 9));
  await plan(soon!.id, Date.UTC(thisYear, 5, 15, 9));
  await page.goto(`${ws.host.url}#/pipeline?q=${encodeURIComponent(tag)}`);
  const due = (title: string) =>
    page
      .getByTestId('deal-card')
      .filter({ hasText: title })
      .getByTestId('card-next-task')
      .locator('.deal-card-next-due');
  await expect(due('давняя')).toHaveText(`01.11.${thisYear - 1}`);
  await expect(due('дальняя')).toHaveText('15.01.2199');
  await expect(due('ближняя')).toHaveText(/^\d{1,2} [а-я]+\.?$/);
});

test('the activities table shows an English date and time whole', async ({ page }) => {
  const subject = `Звонок ${Date.now()}`;
  await ws.rpc('activities.log', { type: 'call', subject, doneAt: Date.UTC(2025, 11, 28, 19, 58) });
  await ws.rpc('settings.set', { 'ui.language': 'en' });
  try {
    await page.goto(`${ws.host.url}#/activities/all`);
    const when = page.getByRole('row').filter({ hasText: subject }).getByRole('cell').first();
    await expect(when).toHaveText('12/28/2025, 10:58 PM');
    const { scrollWidth, clientWidth } = await when.evaluate((cell) => ({
      scrollWidth: cell.scrollWidth,
      clientWidth: cell.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  } finally {
    await ws.rpc('settings.set', { 'ui.language': 'ru' });
  }
});

test('a long owner name ends in an ellipsis in the drawer’s and My day’s owner pickers', async ({ page }) => {
  const name = `Константинопольская Александра-Екатерина Вячеславовна-Христофоровна ${Date.now()}`;
  const owner = await ws.rpc('users.create', { name, role: 'rep' });
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `Владелец ${Date.now()}`, valueMinor: 0, stageKey: 'new_lead', ownerId: owner.id },
  ]);
  const subject = `Позвонить ${Date.now()}`;
  await ws.rpc('activities.plan', { subject, dueAt: Date.now() + 3_600_000, dealId: deal!.id, ownerId: ws.anna.id });
  await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
  const drawerOwner = page.getByTestId('deal-drawer').getByLabel('Ответственный', { exact: true });
  await expect(drawerOwner).toHaveValue(owner.id);
  await expect(drawerOwner).toHaveCSS('text-overflow', 'ellipsis');
  await page.keyboard.press('Escape');

  await page.goto(`${ws.host.url}#/activities`);
  // (Reassigning it would take the task off "my" day: the picker's style is the point.)
  const taskOwner = page.getByLabel(`Исполнитель: ${subject}`);
  await expect(taskOwner.locator('option').filter({ hasText: name })).toHaveCount(1);
  await expect(taskOwner).toHaveCSS('text-overflow', 'ellipsis');
});

test('Escape in the board’s quick add gives focus back to the column’s "+", not to the page', async ({ page }) => {
  await page.goto(`${ws.host.url}#/pipeline`);
  const plus = page.getByRole('button', { name: 'Быстро добавить сделку в «Квалификация»' });
  await plus.click();
  const title = page.getByRole('textbox', { name: 'Название новой сделки на этапе «Квалификация»' });
  await expect(title).toBeFocused();
  await title.fill(`Передумал ${Date.now()}`);
  await page.keyboard.press('Escape');
  await expect(title).toHaveCount(0);
  await expect(plus).toBeFocused();
});

test('My day: after completing or rescheduling a task, focus goes on to the task now in its place', async ({
  page,
}) => {
  const tag = `Фокус ${Date.now()}`;
  // Overdue, oldest first: a task that is not this test's would sort after these.
  for (const [n, days] of [
    [1, 900],
    [2, 899],
    [3, 898],
  ] as const)
    await ws.rpc('activities.plan', { subject: `${tag} ${n}`, dueAt: Date.now() - days * 86_400_000 });
  await page.goto(`${ws.host.url}#/activities`);
  const overdue = page.getByTestId('my-day-overdue');
  const row = (n: number) => overdue.getByTestId('task-row').filter({ hasText: `${tag} ${n}` });
  await expect(overdue.getByTestId('task-row').first()).toContainText(`${tag} 1`);

  await page.getByRole('button', { name: `Выполнить: ${tag} 1` }).click();
  await expect(page.getByTestId('my-day-doneToday')).toContainText(`${tag} 1`);
  await expect(row(2)).toBeFocused();

  await row(2).getByRole('button', { name: 'Перенести' }).click();
  await page.getByTestId('reschedule-popover').getByRole('button').filter({ hasText: 'Завтра' }).click();
  await expect(page.getByTestId('my-day-upcoming')).toContainText(`${tag} 2`);
  await expect(row(3)).toBeFocused();
});

// The reads that told a lost connection as "changes not saved", each where it is first made.
const READS = [
  { method: 'stages.list', page: 'drawer' },
  { method: 'users.list', page: 'drawer' },
  { method: 'pipelines.list', page: 'deals' },
] as const;
for (const { method, page: where } of READS) {
  test(`a ${method} lost on its way does not claim that changes were not saved`, async ({ page, pageErrors }) => {
    const title = `Чтение ${method} ${Date.now()}`;
    const [deal] = await seedBoardDeals(ws.rpc, [{ title, valueMinor: 0, stageKey: 'qualification' }]);
    const isRead = (postData: string | null) => postData?.includes(`"method":"${method}"`) ?? false;
    await page.route('**/rpc', (route) =>
      isRead(route.request().postData()) ? route.abort('connectionrefused') : route.fallback(),
    );
    const lost = page.waitForEvent('requestfailed', (request) => isRead(request.postData()));
    await page.goto(`${ws.host.url}${where === 'drawer' ? `#/pipeline?deal=${deal!.id}` : '#/deals'}`);
    await lost;
    if (where === 'drawer') await expect(page.getByTestId('deal-drawer')).toContainText(title);
    else await expect(page.getByRole('heading', { level: 1, name: 'Сделки' })).toBeVisible();
    await page.waitForTimeout(500);
    await expect(page.getByTestId('toast').filter({ hasText: ru.connection.failures.unreachable })).toHaveCount(0);
    const expected = /ERR_CONNECTION_REFUSED|Failed to load resource/;
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((error) => !expected.test(error)));
  });
}

test('New lead: a sum above the maximum names the maximum, as the board and the drawer do', async ({ page }) => {
  await page.goto(`${ws.host.url}#/leads`);
  await page.getByRole('button', { name: 'Новый лид' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новый лид' });
  await dialog.getByLabel('Компания').fill(`ООО «Сумма ${Date.now()}»`);
  await dialog.getByLabel('Оценка суммы, RUB').fill('999 999 999 999');
  await dialog.getByRole('button', { name: 'Создать лид' }).click();
  await expect(dialog.getByText('Не больше 100 000 000 000 ₽')).toBeVisible();
  await expect(dialog.getByText('Слишком большое значение')).toHaveCount(0);
  await expect(dialog.getByLabel('Оценка суммы, RUB')).toHaveValue('999 999 999 999');
});

test('New lead: an error under one field leaves the box beside it where it was', async ({ page }) => {
  await page.goto(`${ws.host.url}#/leads`);
  await page.getByRole('button', { name: 'Новый лид' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новый лид' });
  const company = dialog.getByLabel('Компания');
  const inn = dialog.getByLabel('ИНН');
  await company.fill(`ООО «Ряд ${Date.now()}»`);
  await inn.fill('Константинопольская Александра-Екатерина');
  await dialog.getByRole('button', { name: 'Создать лид' }).click();
  await expect(inn).toHaveAttribute('aria-invalid', 'true');
  const top = async (box: typeof inn) => (await box.boundingBox())?.y;
  expect(await top(company)).toBe(await top(inn));
});

test('a first touch logged before its deal existed says so, and one at once reads "immediately" (ru and en)', async ({
  page,
}) => {
  const tag = `Касание ${Date.now()}`;
  const [early, prompt] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} раннее`, valueMinor: 0, stageKey: 'new_lead' },
    { title: `${tag} сразу`, valueMinor: 0, stageKey: 'new_lead' },
  ]);
  const call = (dealId: string, doneAt: number) =>
    ws.rpc('activities.log', { type: 'call', subject: 'Звонок', dealId, doneAt, direction: 'outbound' });
  await call(early!.id, early!.createdAt - 3 * 86_400_000);
  await call(prompt!.id, prompt!.createdAt + 10_000);
  const touchOf = async (dealId: string) => {
    await page.goto(`${ws.host.url}#/pipeline?deal=${dealId}`);
    return page.getByTestId('deal-drawer').getByTestId('first-touch');
  };
  await expect(await touchOf(prompt!.id)).toHaveText(/^Первое касание: .+ · сразу$/);
  await expect(await touchOf(early!.id)).toHaveText(/^Первое касание: .+ · до создания сделки$/);
  await page.screenshot({ path: 'test-results/screenshots/drawer-first-touch-ru-1280x720.png' });
  await ws.rpc('settings.set', { 'ui.language': 'en' });
  try {
    await expect(await touchOf(early!.id)).toHaveText(/^First touch: .+ · before the deal was created$/);
    await page.screenshot({ path: 'test-results/screenshots/drawer-first-touch-en-1280x720.png' });
    await expect(await touchOf(prompt!.id)).toHaveText(/^First touch: .+ · immediately$/);
  } finally {
    await ws.rpc('settings.set', { 'ui.language': 'ru' });
  }
});

test('the board’s Lost dialog closes unsaved when the page changes, and does not come back with the board', async ({
  page,
}) => {
  const tag = `Уход ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [{ title: `${tag} склад`, valueMinor: 1_000_00, stageKey: 'proposal' }]);
  await page.goto(`${ws.host.url}#/pipeline`);
  const dialog = page.getByRole('dialog', { name: 'Сделка проиграна' });
  const dropOnLost = async () => {
    await dragTo(page, card(column(page, 'proposal'), `${tag} склад`), page.getByTestId('drop-zone-lost'));
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio').first().check();
  };

  await dropOnLost();
  await page.evaluate(() => (window.location.hash = '#/deals'));
  await expect(page.getByRole('heading', { level: 1, name: 'Сделки' })).toBeVisible();
  await page.goBack();
  await expect(card(column(page, 'proposal'), `${tag} склад`)).toBeVisible();
  await expect(dialog).toHaveCount(0);

  // A hash change that keeps the board on screen (Back to another filter) closes it too.
  await page.evaluate(() => (window.location.hash = '#/pipeline?q='));
  await dropOnLost();
  await page.goBack();
  await expect(dialog).toHaveCount(0);
  expect((await ws.rpc('deals.get', { id: deal!.id })).status).toBe('open');
});

test('at 1280 px the board’s search shows its whole placeholder, the totals a line of their own (ru and en)', async ({
  page,
}) => {
  await seedBoardDeals(ws.rpc, [{ title: `Поиск ${Date.now()}`, valueMinor: 1_234_567_00, stageKey: 'proposal' }]);
  const search = page.locator('.board-search input');
  const newDeal = page.locator('.board-toolbar-end .button-primary');
  /** The placeholder's width beyond the room the box leaves it (0 when it fits), and where the rest sits. */
  const layout = () =>
    page.locator('.board-toolbar').evaluate((bar) => {
      const input = bar.querySelector<HTMLInputElement>('.board-search input')!;
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const summary = bar.querySelector<HTMLElement>('[data-testid="board-summary"]')!;
      const middle = (element: Element) => {
        const box = element.getBoundingClientRect();
        return Math.round(box.top + box.height / 2);
      };
      return {
        cutOff: Math.max(0, Math.ceil(context.measureText(input.placeholder).width - room)),
        // Every control on the New deal button's line (within the few pixels their heights differ).
        offLine: [...bar.querySelectorAll('input, select, button, a')]
          .filter((control) => control.getBoundingClientRect().height > 0)
          .filter((control) => Math.abs(middle(control) - middle(bar.querySelector('.button-primary')!)) > 3)
          .map((control) => control.outerHTML.slice(0, 80)),
        summaryClipped: summary.scrollWidth > summary.clientWidth,
        summaryBelow: summary.getBoundingClientRect().top >= input.getBoundingClientRect().bottom,
        scrolls: bar.scrollWidth > bar.clientWidth,
      };
    });
  const expected = { cutOff: 0, offLine: [], summaryClipped: false, summaryBelow: true, scrolls: false };
  for (const [language, placeholder, hint] of [
    ['ru', 'Поиск сделок', 'По названию сделки, компании или контакту'],
    ['en', 'Search deals', 'By deal title, company or contact'],
  ] as const) {
    await ws.rpc('settings.set', { 'ui.language': language });
    await page.goto(`${ws.host.url}#/pipeline`);
    await expect(search).toHaveAttribute('placeholder', placeholder);
    await expect(search).toHaveAttribute('title', hint);
    await expect(page.getByTestId('board-summary-sum')).toBeVisible();
    await expect(newDeal).toBeVisible();
    expect(await layout(), language).toEqual(expected);
    await page
      .locator('.board-toolbar')
      .screenshot({ path: `test-results/screenshots/board-toolbar-${language}-1280x720.png` });
  }
  // The fullest row: a segment filter and a filter on (its reset shown), in Russian.
  await ws.rpc('segments.create', { name: `Крупные ${Date.now()}`, rules: { deal: { valueMinMinor: 100_000_000 } } });
  await ws.rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto(`${ws.host.url}#/pipeline`);
  await page.getByRole('button', { name: 'Мои сделки' }).click();
  await expect(page.getByRole('button', { name: 'Сбросить фильтры' })).toBeVisible();
  await expect(page.getByTestId('board-summary-sum')).toBeVisible();
  expect(await layout()).toEqual(expected);
  await page
    .locator('.board-toolbar')
    .screenshot({ path: 'test-results/screenshots/board-toolbar-full-ru-1280x720.png' });
  await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
});

// Last in the file: it restarts the file's host.
test('with the deal drawer open, a host restart: the drawer says Voronka cannot be reached, keeps the deal, then recovers', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(60_000);
  const title = `Обрыв ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [{ title, valueMinor: 1_234_567_50, stageKey: 'qualification' }]);
  await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
  const drawer = page.getByTestId('deal-drawer');
  await expect(drawer).toContainText('1 234 567,50 ₽');
  await expect(drawer).toContainText(/Квалификация\s*· на этапе/);
  await page.waitForLoadState('networkidle');

  const { dbPath, port } = ws.host;
  await ws.host.stop({ keepDb: true });
  // The page's banner is under the drawer's backdrop; the drawer has its own.
  const notice = drawer.getByTestId('connection-banner');
  await expect(notice).toBeVisible({ timeout: 10_000 });
  await expect(notice).toContainText(ru.connection.offline.title);
  await expect(notice).toContainText(ru.connection.offline.body);
  await expect(drawer.getByText(title).first()).toBeVisible();
  await expect(drawer).toContainText('1 234 567,50 ₽');
  await expect(drawer).toContainText(/Квалификация\s*· на этапе/);
  await page.screenshot({ path: 'test-results/screenshots/drawer-offline-ru-1280x720.png', animations: 'disabled' });

  ws.host = await startHost({ dbPath, port });
  ws.rpc = await createRpc(ws.host.url);
  await expect(notice).toBeHidden({ timeout: 20_000 });
  await expect(drawer).toContainText(title);
  // The browser logs every refused request while the host is down; those are this test's point.
  const expected = /ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|Failed to load resource|EventSource/;
  pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((error) => !expected.test(error)));
});
