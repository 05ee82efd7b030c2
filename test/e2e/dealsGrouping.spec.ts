import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';

const SHOTS = 'test-results/screenshots';

/**
 * Issue 16 #2, grouping: the deals table grouped by stage shows a row per group with its deal
 * count and value, folds a group away and back, and the grouping is saved in a view that a
 * reload brings back.
 */
test('deals table: grouped by stage with counts and sums, a group folds, the grouping is saved in a view', async ({
  page,
  rpc,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = `Груп${Date.now().toString(36)}`;
  const [first, second] = DEFAULT_STAGES;
  if (!first || !second) throw new Error('the default pipeline has no stages');
  const make = (title: string, valueMinor: number, stageId = first.id) =>
    rpc('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      stageId,
      title: `${tag} ${title}`,
      valueMinor,
      // Made past the first stage: its required items count as done.
      checkedControlPointIds: stageId === first.id ? [] : first.controlPoints.map((point) => point.id),
    });
  await make('Альфа', 100_000_00);
  await make('Бета', 50_000_00);
  await make('Гамма', 30_000_00, second.id);
  try {
    await page.goto(`/#/deals?q=${encodeURIComponent(tag)}`);
    await expect(page.getByTestId('deals-count')).toHaveText('3 сделки');
    await page.getByLabel('Группировка').selectOption({ label: 'По этапам' });
    await expect(page).toHaveURL(/group=stage/);
    const groups = page.getByTestId('deal-group-row');
    await expect(groups).toHaveCount(2);
    await expect(groups.nth(0)).toContainText('Новый лид');
    await expect(groups.nth(0).getByTestId('deal-group-count')).toHaveText('2 сделки');
    await expect(groups.nth(0).getByTestId('deal-group-sum')).toHaveText(/150\s000\s₽/);
    await expect(groups.nth(1)).toContainText('Квалификация');
    await expect(groups.nth(1).getByTestId('deal-group-sum')).toHaveText(/30\s000\s₽/);
    // Rows follow their group's header.
    const titles = page.locator('tbody tr').filter({ hasNotText: 'сделк' });
    await expect(page.locator('tbody tr')).toHaveText([
      /Новый лид/,
      new RegExp(tag),
      new RegExp(tag),
      /Квалификация/,
      /Гамма/,
    ]);
    await page.screenshot({ path: `${SHOTS}/deals-grouped-ru-1280x720.png` });

    // Fold the first group: its rows leave, its header stays (with its count), the count of the table drops.
    await groups
      .nth(0)
      .getByRole('button', { name: /Свернуть/ })
      .click();
    await expect(groups.nth(0).getByRole('button')).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('tbody tr')).toHaveText([/Новый лид/, /Квалификация/, /Гамма/]);
    await expect(titles).toHaveCount(1);
    await expect(page).toHaveURL(/folded=/);

    // Saved as a view; the bare table, then the view again after a reload: grouped and folded.
    await page.getByRole('button', { name: 'Сохранить вид' }).click();
    const dialog = page.getByRole('dialog', { name: 'Сохранить вид' });
    await dialog.getByLabel('Название вида').fill(`По этапам ${tag}`);
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await expect(dialog).toBeHidden();
    const viewUrl = page.url();
    await page.goto('/#/deals');
    await expect(page.getByTestId('deal-group-row')).toHaveCount(0);
    await page.goto(viewUrl);
    await page.reload();
    await expect(page.getByLabel('Группировка')).toHaveValue('stage');
    await expect(page.locator('tbody tr')).toHaveText([/Новый лид/, /Квалификация/, /Гамма/]);
    await groups
      .nth(0)
      .getByRole('button', { name: /Развернуть/ })
      .click();
    await expect(page.locator('tbody tr')).toHaveCount(5);
  } finally {
    for (const view of await rpc('views.list', { list: 'deals' })) {
      if (view.name.includes(tag)) await rpc('views.delete', { id: view.id });
    }
  }
});
