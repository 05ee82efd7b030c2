import { expect, test } from './fixtures';
import { seedBoardDeals } from './support/boardWorkspace';
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
