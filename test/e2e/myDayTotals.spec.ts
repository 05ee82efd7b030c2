import { expect, test } from './fixtures';
import { seedBoardDeals } from './support/boardWorkspace';
import { useBoardWorkspace } from './support/useBoardWorkspace';

/** A rep far behind: My day lists the oldest 200 overdue tasks, and its heading counts them all. */
const ws = useBoardWorkspace();

test('a section longer than the screen lists 200 and says how many there are in all', async ({ page }) => {
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: 'Долги по звонкам', valueMinor: 100_000_00, stageKey: 'new_lead', ownerId: ws.anna.id },
  ]);
  const now = Date.now();
  for (let index = 0; index < 205; index += 1)
    await ws.rpc('activities.plan', {
      subject: `Перезвонить ${index + 1}`,
      dueAt: now - 2 * 86_400_000 - index * 60_000,
      dealId: deal!.id,
    });
  await ws.rpc('activities.plan', { subject: 'Сегодняшняя', dueAt: now + 60_000, dealId: deal!.id });

  await page.goto(`${ws.host.url}#/activities`);
  const overdue = page.getByTestId('my-day-overdue');
  await expect(overdue.getByRole('heading')).toHaveText('Просрочено 205');
  await expect(overdue.getByTestId('my-day-shown')).toHaveText('Показаны 200 из 205');
  await expect(overdue.getByTestId('task-row')).toHaveCount(200);
  // Oldest first: the last planned (the oldest) leads; the five newest wait for these to be closed.
  await expect(overdue.getByTestId('task-row').first()).toContainText('Перезвонить 205');
  await expect(overdue.getByText('Перезвонить 5', { exact: true })).toHaveCount(0);
  // A short section says nothing more.
  const today = page.locator('[data-testid="my-day-today"], [data-testid="my-day-upcoming"]');
  await expect(today.getByTestId('my-day-shown')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/my-day-totals-ru.png' });
});
