import { expect, test } from './fixtures';
import { type BoardWorkspace, seedBoardDeals, startBoardWorkspace } from './support/boardWorkspace';

/**
 * In-app reminders against the real core with the page's clock faked: a task due within 15
 * minutes or overdue raises a reminder; Snooze hides it for 10 minutes; Dismiss hides it for good
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

  const soon = page.getByTestId('reminder').filter({ hasText: `${tag} позвонить` });
  await expect(soon).toBeVisible();
  await expect(soon).toContainText('Срок');
  await expect(soon).toContainText(`${tag} сделка`);
  await expect(page.getByTestId('reminder').filter({ hasText: `${tag} далеко` })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/reminder-ru.png' });

  await soon.getByRole('button', { name: 'Отложить 10 мин' }).click();
  await expect(soon).toHaveCount(0);
  await page.clock.fastForward(5 * MIN);
  await expect(soon).toHaveCount(0);
  // Past the snooze (and now overdue): back, marked overdue.
  await page.clock.fastForward(7 * MIN);
  await expect(soon).toBeVisible();
  await expect(soon).toContainText('Просрочено');

  await soon.getByRole('button', { name: 'Открыть' }).click();
  await expect(page.getByRole('dialog', { name: `${tag} сделка` })).toBeVisible();
  await page.keyboard.press('Escape');

  // Open snoozed it; after the snooze it returns, and Dismiss ends it, across a reload too.
  await page.clock.fastForward(11 * MIN);
  await expect(soon).toBeVisible();
  await soon.getByRole('button', { name: 'Закрыть' }).click();
  await expect(soon).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('task-row').filter({ hasText: `${tag} позвонить` })).toBeVisible();
  await expect(soon).toHaveCount(0);
});
