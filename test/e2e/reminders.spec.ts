import { expect, test } from './fixtures';
import { type BoardWorkspace, seedBoardDeals, startBoardWorkspace } from './support/boardWorkspace';

/**
 * In-app reminders against the real core with the page's clock faked: a task due within 15
 * minutes or overdue counts on the top bar's bell (red when overdue) and lists in its popover,
 * which covers nothing until opened; Snooze hides it for 10 minutes; Dismiss hides it for good
 * (a reload does not bring it back); Open opens the deal.
 */
let ws: BoardWorkspace;
const MIN = 60_000;

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeAll(async () => {
  ws = await startBoardWorkspace('ru');
});

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
  const start = Date.now();
  await ws.rpc('activities.plan', { subject: `${tag} позвонить`, dueAt: start + 10 * MIN, dealId: deal!.id });
  await ws.rpc('activities.plan', { subject: `${tag} далеко`, dueAt: start + 3 * 60 * MIN });
  await page.clock.install({ time: start });
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
  await page.clock.fastForward(5 * MIN);
  await expect(count).toHaveCount(0);
  // Past the snooze (and now overdue): back on the bell in red, marked overdue in the list.
  await page.clock.fastForward(7 * MIN);
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
  await page.clock.fastForward(11 * MIN);
  await expect(count).toHaveText('1');
  await bell.click();
  await soon.getByRole('button', { name: 'Закрыть' }).click();
  await expect(soon).toHaveCount(0);
  await expect(page.getByText('Напоминаний нет.', { exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('task-row').filter({ hasText: `${tag} позвонить` })).toBeVisible();
  await expect(count).toHaveCount(0);
});
