import Database from 'better-sqlite3';
import { expect, test } from './fixtures';
import { type BoardWorkspace, seedBoardDeals, startBoardWorkspace } from './support/boardWorkspace';
import { createRpc } from './support/createRpc';
import { startHost } from './support/startHost';

/**
 * Issue 8 item 5, end to end: the core schedules reminders on its own clock. The host runs the
 * core on a test clock (VORONKA_TEST_CLOCK, see src-main/host/testClockFromEnv.ts) that the test
 * moves with `app.advanceClock`; the page keeps its real clock. That is enough: My day's sections
 * and the bell's "overdue" come from the core's time (myDay's day bounds, the reminder's
 * `overdue`), so faking the page's clock as well would only test the fake.
 */
let ws: BoardWorkspace;
const MIN = 60_000;
const HOUR = 60 * MIN;

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeAll(async () => {
  ws = await startBoardWorkspace('ru', { testClockAt: Date.now() });
});

test.afterAll(async () => {
  await ws.host.stop();
});

test.afterEach(({ pageErrors }) => {
  // The page logs the requests refused while the core restarts; nothing else may be logged.
  const unexpected = pageErrors.filter((error) => !/ERR_CONNECTION_(REFUSED|RESET)|EventSource/.test(error));
  pageErrors.splice(0, pageErrors.length, ...unexpected);
});

type ShownNotification = { title: string; body: string };

/** When this device delivered the task's reminder (read from the file, beside the running core). */
const deliveredAt = (dbPath: string, subject: string): number[] => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT r.delivered_at AS at FROM reminder_deliveries r JOIN activities a ON a.id = r.task_id WHERE a.subject = ?`,
      )
      .pluck()
      .all(subject) as number[];
  } finally {
    db.close();
  }
};

test('a task planned in the UI reminds once when due, shows overdue, is completed with its call, and a restart does not fire it again', async ({
  page,
}) => {
  // The browser's Notification replaced by a recorder, allowed (headless Chromium shows none itself).
  await page.addInitScript(() => {
    const shown: unknown[] = [];
    class RecordingNotification {
      static permission = 'granted';
      static requestPermission = () => Promise.resolve('granted');
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
  const subject = `Перезвонить ${Date.now()}`;
  const shown = () =>
    page.evaluate(
      (mine) =>
        (window as unknown as { shownNotifications: ShownNotification[] }).shownNotifications
          .filter(({ title }) => title === mine)
          .map(({ title, body }) => ({ title, body })),
      subject,
    );
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `${subject} сделка`, valueMinor: 100_00, stageKey: 'new_lead', ownerId: ws.anna.id },
  ]);

  // Planned as the deal's next step, due in an hour (the form's default)…
  await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
  const drawer = page.getByRole('dialog', { name: `${subject} сделка` });
  const tasks = drawer.getByTestId('deal-tasks');
  await tasks.getByRole('textbox', { name: 'Тема' }).fill(subject);
  await tasks.getByRole('button', { name: 'Запланировать' }).click();
  await expect(tasks.getByTestId('task-row').filter({ hasText: subject })).toBeVisible();

  // …it is on My day: today's or, near midnight, upcoming.
  await page.goto(`${ws.host.url}#/activities`);
  const row = page.getByTestId('task-row').filter({ hasText: subject });
  await expect(row).toBeVisible();
  await expect(page.getByTestId('my-day-overdue').getByText(subject)).toHaveCount(0);
  expect(await row.evaluate((node) => node.closest('section')?.dataset['testid'])).toMatch(/^my-day-(today|upcoming)$/);
  const bell = page.getByRole('button', { name: /^Напоминания/ });
  await expect(bell).toHaveAccessibleName('Напоминания');
  expect(await shown()).toEqual([]);

  // 50 minutes on: within the 15-minute lead, the core delivers it — bell and desktop, once.
  await ws.rpc('app.advanceClock', { ms: 50 * MIN });
  await expect(bell).toHaveAccessibleName('Напоминания (1)');
  await expect(page.getByTestId('reminder-count')).not.toHaveClass(/is-overdue/);
  await expect.poll(shown).toEqual([{ title: subject, body: expect.stringContaining('Срок') }]);

  // A day later: overdue in My day and red on the bell; not delivered a second time.
  await ws.rpc('app.advanceClock', { ms: 25 * HOUR });
  const overdueRow = page.getByTestId('my-day-overdue').getByTestId('task-row').filter({ hasText: subject });
  await expect(overdueRow).toBeVisible();
  await expect(overdueRow).toHaveAttribute('data-overdue', 'true');
  await expect(page.getByTestId('reminder-count')).toHaveClass(/is-overdue/);
  await bell.click();
  await expect(page.getByTestId('reminder').filter({ hasText: subject })).toContainText('Просрочено');
  await page.keyboard.press('Escape');
  expect(await shown()).toHaveLength(1);
  const firstDelivery = deliveredAt(ws.host.dbPath, subject);
  expect(firstDelivery).toHaveLength(1);

  // A restart (the core's clock carries on from where it was): the reminder is still on the bell
  // but is not delivered again, neither by the start's scan nor by later ones.
  const { now } = await ws.rpc('app.advanceClock', { ms: MIN });
  await ws.host.stop({ keepDb: true });
  ws.host = await startHost({ dbPath: ws.host.dbPath, port: ws.host.port, testClockAt: now });
  ws.rpc = await createRpc(ws.host.url);
  await page.reload();
  await expect(bell).toHaveAccessibleName('Напоминания (1)');
  await ws.rpc('app.advanceClock', { ms: MIN });
  await expect(page.getByTestId('reminder-count')).toHaveClass(/is-overdue/);
  expect(await shown()).toEqual([]);
  expect(deliveredAt(ws.host.dbPath, subject)).toEqual(firstDelivery);

  // The reminder opens its deal, where the task is completed while logging the call that did it:
  // off the bell and into "done today".
  await bell.click();
  await page.getByTestId('reminder').filter({ hasText: subject }).getByRole('button', { name: 'Открыть' }).click();
  await tasks
    .getByTestId('task-row')
    .filter({ hasText: subject })
    .getByRole('button', { name: 'Выполнить и записать' })
    .click();
  const form = page.getByTestId('activity-form');
  await expect(form.getByRole('radio', { name: 'Звонок' })).toBeChecked();
  await form.getByLabel('Результат').selectOption({ label: 'Дозвонился' });
  await form.getByTestId('activity-submit').click();
  await expect(form).toBeHidden();
  await tasks.getByRole('button', { name: 'Не сейчас' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('my-day-doneToday').getByTestId('task-row').filter({ hasText: subject })).toBeVisible();
  await expect(bell).toHaveAccessibleName('Напоминания');
  const { doneToday } = await ws.rpc('activities.myDay', {});
  expect(doneToday.find((activity) => activity.subject === subject)).toMatchObject({
    type: 'call',
    outcome: 'reached',
  });
});
