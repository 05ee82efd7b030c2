import { expect, test } from './fixtures';
import { seedBoardDeals } from './support/boardWorkspace';
import { useBoardWorkspace } from './support/useBoardWorkspace';

/** The log form, the timeline and My day speak English when the workspace does. */
const ws = useBoardWorkspace({ language: 'en' });

test('log form, timeline and My day in English', async ({ page }) => {
  const [deal] = await seedBoardDeals(ws.rpc, [
    { title: 'Northwind: CRM rollout', valueMinor: 250_000_00, stageKey: 'new_lead', ownerId: ws.anna.id },
  ]);
  await ws.rpc('activities.plan', {
    type: 'meeting',
    subject: 'Demo for the buying committee of Northwind Traders International',
    dueAt: Date.now() - 86_400_000,
    dealId: deal!.id,
  });
  await page.goto(`${ws.host.url}#/pipeline?deal=${deal!.id}`);
  const drawer = page.getByRole('dialog', { name: 'Northwind: CRM rollout' });
  await drawer.getByRole('button', { name: 'Log activity' }).click();
  const form = page.getByTestId('activity-form');
  await form.getByRole('radio', { name: 'Proposal' }).check();
  await form.getByLabel('Proposal amount').fill('1,250,000');
  await form.getByLabel('Proposal file').fill('Northwind_proposal_v3.pdf');
  await page.screenshot({ path: 'test-results/screenshots/activity-log-form-en.png' });
  await form.getByTestId('activity-submit').click();
  const entry = drawer.getByTestId('timeline-entry').filter({ hasText: 'Proposal' });
  await expect(entry).toContainText(/for ₽1,250,000|for RUB\s?1,250,000|1,250,000/);
  await expect(entry).toContainText('Northwind_proposal_v3.pdf');
  // The timeline's Activities filter leaves only the proposal (not the deal's creation).
  await drawer
    .getByRole('group', { name: 'What the history shows' })
    .getByRole('button', { name: 'Activities' })
    .click();
  await expect(drawer.getByTestId('timeline-entry')).toHaveCount(1);
  await drawer.getByRole('heading', { name: 'History' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/timeline-filter-en.png' });

  await drawer.getByTestId('deal-tasks').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/deal-drawer-tasks-en.png' });
  await page.keyboard.press('Escape');
  await page.goto(`${ws.host.url}#/activities`);
  const overdue = page.getByTestId('my-day-overdue');
  await expect(overdue.getByRole('heading')).toHaveText(/Overdue/);
  await expect(overdue).toContainText('overdue');
  await expect(overdue).toContainText('Northwind: CRM rollout');
  await expect(page.getByTestId('my-day-doneToday')).toContainText('Proposal');
  await page.screenshot({ path: 'test-results/screenshots/my-day-en.png' });
  // Complete and log: the form comes prefilled from the task, titled with its deal.
  await overdue
    .getByRole('button', { name: 'Complete and log: Demo for the buying committee of Northwind Traders International' })
    .click();
  const completing = page.getByRole('dialog', { name: 'Complete and log: Northwind: CRM rollout' });
  await expect(completing.getByRole('radio', { name: 'Meeting' })).toBeChecked();
  await expect(completing.getByLabel('Subject')).toHaveValue(
    'Demo for the buying committee of Northwind Traders International',
  );
  await page.screenshot({ path: 'test-results/screenshots/my-day-complete-and-log-form-en.png' });
  await completing.getByRole('button', { name: 'Cancel' }).click();
  await expect(completing).toBeHidden();
  // The overdue task counts on the bell, in English.
  await page.getByRole('button', { name: 'Reminders (1)' }).click();
  await expect(page.getByTestId('reminder')).toContainText('Overdue since');
  await page.screenshot({ path: 'test-results/screenshots/reminder-en.png' });
});
