import { expect, test } from './fixtures';
import { seedBoardDeals } from './support/boardWorkspace';
import { coreClock } from './support/coreClock';
import { recordNotifications } from './support/recordNotifications';
import { reminderBell } from './support/reminderBell';
import { useBoardWorkspace } from './support/useBoardWorkspace';

/**
 * In-app reminders against the real core on a test clock (the core owns the reminders' time, so
 * the test moves the core's clock, not the page's): a task due within 15 minutes or overdue counts
 * on the top bar's bell (red when overdue) and lists in its popover, which covers nothing until
 * opened; Snooze hides it for 10 minutes; Dismiss hides it for good (a reload does not bring it
 * back); Open opens the deal.
 */
const ws = useBoardWorkspace({ testClock: true });
const MIN = 60_000;
const { now: coreNow, advance } = coreClock(() => ws.rpc);

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

  const { bell, count, reminder } = reminderBell(page);
  const soon = reminder(`${tag} позвонить`);
  // Due soon: the bell counts it (not red), and nothing covers the page until the bell is pressed.
  await expect(bell).toHaveAccessibleName('Напоминания (1)');
  await expect(count).toHaveText('1');
  await expect(count).not.toHaveClass(/is-overdue/);
  await expect(soon).toHaveCount(0);
  await bell.click();
  await expect(soon).toBeVisible();
  await expect(soon).toContainText('Срок');
  await expect(soon).toContainText(`${tag} сделка`);
  await expect(reminder(`${tag} далеко`)).toHaveCount(0);
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

test('a reminder the core delivers also shows on the desktop once allowed: once per task, not again after a reload; clicking it opens the deal', async ({
  page,
}) => {
  const tag = `Рабочий стол ${Date.now()}`;
  // Not allowed until the page asks (and remembered across a reload); this test's notifications only.
  const notifications = await recordNotifications(page, 'ask', tag);
  const { shown } = notifications;
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: `${tag} сделка`, valueMinor: 100_00, stageKey: 'new_lead', ownerId: ws.anna.id },
  ]);
  await ws.rpc('activities.plan', { subject: `${tag} заранее`, dueAt: (await coreNow()) + 5 * MIN, dealId: deal!.id });
  await page.goto(`${ws.host.url}#/activities`);

  // Not allowed yet: the bell reminds, the desktop does not; the popover offers it.
  const { bell } = reminderBell(page);
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
  await notifications.click();
  await expect(page.getByRole('dialog', { name: `${tag} сделка` })).toBeVisible();

  // After a reload (and the core's next scans) only a task that newly fell due is shown, not the one shown before.
  await page.reload();
  await expect(bell).toHaveAccessibleName(/^Напоминания \(\d+\)$/);
  await advance(MIN);
  await ws.rpc('activities.plan', { subject: `${tag} написать`, dueAt: (await coreNow()) + 5 * MIN, dealId: deal!.id });
  await expect.poll(shown).toEqual([{ title: `${tag} написать`, body: expect.stringContaining('Срок') }]);
});
