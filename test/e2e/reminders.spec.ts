import { expect, test } from './fixtures';
import { type BoardWorkspace, seedBoardDeals, startBoardWorkspace } from './support/boardWorkspace';

/**
 * In-app reminders against the real core on a test clock (the core owns the reminders' time, so
 * the test moves the core's clock, not the page's): a task due within 15 minutes or overdue counts
 * on the top bar's bell (red when overdue) and lists in its popover, which covers nothing until
 * opened; Snooze hides it for 10 minutes; Dismiss hides it for good (a reload does not bring it
 * back); Open opens the deal.
 */
let ws: BoardWorkspace;
const MIN = 60_000;

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeAll(async () => {
  ws = await startBoardWorkspace('ru', { testClockAt: Date.now() });
});

/** The core's time now (it runs ahead of the page's once a test moved it). */
const coreNow = async () => (await ws.rpc('reminders.list')).now;
const advance = (ms: number) => ws.rpc('app.advanceClock', { ms });

test.afterAll(async () => {
  await ws.host.stop();
});

test('a task due soon reminds, snooze brings it back after 10 minutes, dismiss ends it; overdue ones open their deal', async ({
  page,
}) => {
  const tag = `Напоминание ${Date.now()}`;
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} сделка`, valueMinor: 100_00, stageKey: 'new_lead', ownerId: ws.anna.id },
  ]);
  const start = await coreNow();
  await ws.rpc('activities.plan', { subject: `${tag} позвонить`, dueAt: start + 10 * MIN, dealId: deal!.id });
  await ws.rpc('activities.plan', { subject: `${tag} далеко`, dueAt: start + 3 * 60 * MIN });
  await page.goto(`${ws.host.url}#/activities`);

  const bell = page.getByRole('button', { name: /^Напоминания/ });
  const count = page.getByTestId('reminder-count');
  const soon = page.getByTestId('reminder').filter({ hasText: `${tag} позвонить` });
  // Due soon: the bell counts it (not red), and nothing covers the page until the bell is pressed.
  await expect(bell).toHaveAccessibleName('Напоминания (1)');
  await expect(count).toHaveText('1');
  await expect(count).not.toHaveClass(/is-overdue/);
  await expect(soon).toHaveCount(0);
  await bell.click();
  await expect(soon).toBeVisible();
  await expect(soon).toContainText('Срок');
  await expect(soon).toContainText(`${tag} сделка`);
  await expect(page.getByTestId('reminder').filter({ hasText: `${tag} далеко` })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/reminder-ru.png' });

  await soon.getByRole('button', { name: 'Отложить 10 мин' }).click();
  await expect(soon).toHaveCount(0);
  await expect(count).toHaveCount(0);
  await expect(bell).toHaveAccessibleName('Напоминания');
  await advance(5 * MIN);
  await expect(count).toHaveCount(0);
  // Past the snooze (and now overdue): back on the bell in red, marked overdue in the list.
  await advance(7 * MIN);
  await expect(count).toHaveText('1');
  await expect(count).toHaveClass(/is-overdue/);
  await expect(soon).toBeVisible();
  await expect(soon).toContainText('Просрочено');
  // Escape puts the popover away without handling the reminder.
  await page.keyboard.press('Escape');
  await expect(soon).toHaveCount(0);
  await expect(count).toHaveText('1');
  await bell.click();

  await soon.getByRole('button', { name: 'Открыть' }).click();
  await expect(page.getByRole('dialog', { name: `${tag} сделка` })).toBeVisible();
  await expect(page.getByTestId('reminders')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Open snoozed it; after the snooze it returns, and Dismiss ends it, across a reload too.
  await advance(11 * MIN);
  await expect(count).toHaveText('1');
  await bell.click();
  await soon.getByRole('button', { name: 'Закрыть' }).click();
  await expect(soon).toHaveCount(0);
  await expect(page.getByText('Напоминаний нет.', { exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('task-row').filter({ hasText: `${tag} позвонить` })).toBeVisible();
  await expect(count).toHaveCount(0);
});

type ShownNotification = { title: string; body: string; onclick: (() => void) | null };

test('a reminder the core delivers also shows on the desktop once allowed: once per task, not again after a reload; clicking it opens the deal', async ({
  page,
}) => {
  // The browser's Notification replaced by a recorder whose permission survives a reload (as a
  // real one does); headless Chromium shows no desktop notifications of its own.
  await page.addInitScript(() => {
    const shown: unknown[] = [];
    class RecordingNotification {
      static get permission() {
        return localStorage.getItem('test.notificationPermission') ?? 'default';
      }
      static requestPermission() {
        localStorage.setItem('test.notificationPermission', 'granted');
        return Promise.resolve('granted');
      }
      onclick: (() => void) | null = null;
      constructor(
        readonly title: string,
        options?: { body?: string },
      ) {
        Object.assign(this, { body: options?.body ?? '' });
        shown.push(this);
      }
      close() {}
    }
    Object.assign(window, { Notification: RecordingNotification, shownNotifications: shown });
  });
  const tag = `Рабочий стол ${Date.now()}`;
  // This test's notifications (the workspace's other tasks may be due too).
  const shown = () =>
    page.evaluate(
      (mine) =>
        (window as unknown as { shownNotifications: ShownNotification[] }).shownNotifications
          .filter(({ title }) => title.startsWith(mine))
          .map(({ title, body }) => ({ title, body })),
      tag,
    );
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} сделка`, valueMinor: 100_00, stageKey: 'new_lead', ownerId: ws.anna.id },
  ]);
  await ws.rpc('activities.plan', { subject: `${tag} заранее`, dueAt: (await coreNow()) + 5 * MIN, dealId: deal!.id });
  await page.goto(`${ws.host.url}#/activities`);

  // Not allowed yet: the bell reminds, the desktop does not; the popover offers it.
  const bell = page.getByRole('button', { name: /^Напоминания/ });
  await expect(bell).toHaveAccessibleName(/^Напоминания \(\d+\)$/);
  expect(await shown()).toEqual([]);
  await bell.click();
  await page.getByRole('button', { name: 'Показывать и на рабочем столе' }).click();
  await expect(page.getByText('Напоминания приходят и на рабочий стол.')).toBeVisible();
  // The core delivers each reminder once, when it falls due: one delivered before the page allowed
  // notifications stays on the bell; the next one shows on the desktop too.
  await ws.rpc('activities.plan', {
    subject: `${tag} позвонить`,
    dueAt: (await coreNow()) + 5 * MIN,
    dealId: deal!.id,
  });
  await expect.poll(shown).toEqual([{ title: `${tag} позвонить`, body: expect.stringContaining(`${tag} сделка`) }]);
  await page.screenshot({ path: 'test-results/screenshots/reminder-desktop-ru.png' });

  // A click on the notification brings the app to the deal.
  await page.keyboard.press('Escape');
  await page.evaluate((mine) => {
    const { shownNotifications } = window as unknown as { shownNotifications: ShownNotification[] };
    shownNotifications.find(({ title }) => title.startsWith(mine))?.onclick?.();
  }, tag);
  await expect(page.getByRole('dialog', { name: `${tag} сделка` })).toBeVisible();

  // After a reload (and the core's next scans) only a task that newly fell due is shown, not the one shown before.
  await page.reload();
  await expect(bell).toHaveAccessibleName(/^Напоминания \(\d+\)$/);
  await advance(MIN);
  await ws.rpc('activities.plan', { subject: `${tag} написать`, dueAt: (await coreNow()) + 5 * MIN, dealId: deal!.id });
  await expect.poll(shown).toEqual([{ title: `${tag} написать`, body: expect.stringContaining('Срок') }]);
});
