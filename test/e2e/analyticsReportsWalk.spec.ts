import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';
import { itemsBefore } from './support/itemsBefore';

/**
 * A new user's walk through Analytics, Reports and the import wizard at 1280×720 with odd values
 * (a nine-digit revenue, nothing at all): each test holds one thing that walk found wrong.
 */
test.use({ viewport: { width: 1280, height: 720 } });

const shot = (name: string) => `test-results/screenshots/walk21-${name}-1280x720.png`;

test('a nine-digit revenue shows whole on its Analytics card, kopecks and ₽ included', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru', 'workspace.currency': 'RUB' });
  const contract = DEFAULT_STAGES.find((stage) => stage.key === 'contract')!;
  const deal = await rpc('deals.create', {
    title: `Поставка оборудования ${Date.now()}`,
    valueMinor: 12_345_678_950,
    currency: 'RUB',
    pipelineId: DEFAULT_PIPELINE.id,
    stageId: contract.id,
    checkedControlPointIds: itemsBefore('retention'),
  });
  await rpc('deals.win', { id: deal.id });
  await page.goto('/#/analytics');
  const revenue = page.getByTestId('card-revenue').locator('.analytics-card-value');
  await expect(revenue).toHaveText(/^\d{3}(\s\d{3}){2},\d{2}\s₽$/);
  await page.screenshot({ path: shot('analytics-revenue'), animations: 'disabled' });
  // Ellipsis or not, scrollWidth says whether the line is cut: it was by 36 px («123 456 789,…»).
  const overflow = await revenue.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(revenue).toHaveAttribute('title', await revenue.innerText());
});
