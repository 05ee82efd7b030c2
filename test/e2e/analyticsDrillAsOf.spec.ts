import { localMonthOf } from '@shared/domain/kpi/previousPeriod';
import { expect, test } from './fixtures';
import { seedBoardDeals } from './support/boardWorkspace';
import { useBoardWorkspace } from './support/useBoardWorkspace';

/**
 * A running period's figures stand as of the moment the page loaded them; the deals a click lists
 * stand as of the same moment. Time passes with nothing written (the core's clock is real time
 * here: `app.advanceClock` would tell the page that tasks changed), a task falls due meanwhile,
 * and the page keeps the figures it loaded.
 */
const ws = useBoardWorkspace();
const MIN = 60_000;
/** Long enough for the page to load its figures before the second task falls due. */
const DUE_IN_MS = 12_000;

test('the deals behind a running period’s figure are those it counted when it was loaded', async ({ page }) => {
  test.setTimeout(60_000);
  await ws.rpc('settings.set', { 'workspace.timeZone': 'Europe/Moscow' });
  const [late, soon] = await seedBoardDeals(ws.rpc, [
    { title: 'Просроченный звонок', valueMinor: 50_000_00, stageKey: 'new_lead', ownerId: ws.anna.id },
    { title: 'Звонок через 12 секунд', valueMinor: 70_000_00, stageKey: 'new_lead', ownerId: ws.anna.id },
  ]);
  const now = Date.now();
  await ws.rpc('activities.plan', { subject: 'Перезвонить вчера', dueAt: now - 60 * MIN, dealId: late!.id });
  await ws.rpc('activities.plan', { subject: 'Перезвонить скоро', dueAt: now + DUE_IN_MS, dealId: soon!.id });

  await page.goto(`${ws.host.url}#/analytics?period=${localMonthOf(now, 'Europe/Moscow')}`);
  const board = page.getByTestId('rep-leaderboard');
  const anna = board.getByRole('row').filter({ has: page.getByRole('rowheader', { name: ws.anna.name }) });
  const overdue = anna.getByRole('cell').nth(8);
  await expect(overdue).toHaveText('1');

  // The second task falls due; nothing is written, so the page still shows what it loaded.
  await page.waitForTimeout(Math.max(0, now + DUE_IN_MS + 1_000 - Date.now()));
  await expect(overdue).toHaveText('1');
  await overdue.getByRole('button').click();
  const list = page.getByRole('dialog').getByTestId('drill-list');
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list).toContainText('Просроченный звонок');
  await expect(list).not.toContainText('Звонок через 12 секунд');
});
