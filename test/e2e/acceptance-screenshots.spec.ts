import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createRpc, type Rpc } from './support/createRpc';
import { seedCompanies } from './support/seedCompanies';
import { type RunningHost, startHost } from './support/startHost';

/**
 * Issue 17's acceptance pictures: the board, the deals and companies tables, Team and the stage
 * settings in Russian at 1280×720 and 1440×900, on a seeded workspace of their own. Each picture
 * is also checked for a page that scrolls sideways. The ones kept are copied to docs/screenshots.
 */
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots/acceptance');

let host: RunningHost;
let rpc: Rpc;

test.beforeAll(async () => {
  host = await startHost();
  rpc = await createRpc(host.url);
  const { userIds } = await seedCompanies(rpc);
  await rpc('companies.create', {
    name: 'ООО «Уральский завод тяжёлого машиностроения»',
    industry: 'Машиностроение',
    ownerId: userIds[2] ?? null,
  });
  await rpc('settings.set', { 'ui.language': 'ru', 'user.currentId': userIds[0] ?? null });
});

test.afterAll(async () => {
  await host.stop();
});

const SCREENS: { name: string; path: string; ready(page: Page): Promise<void> }[] = [
  {
    name: 'board',
    path: '#/pipeline',
    ready: (page) => expect(page.getByTestId('deal-card').first()).toBeVisible(),
  },
  { name: 'deals', path: '#/deals', ready: (page) => expect(page.getByRole('row').nth(5)).toBeVisible() },
  { name: 'companies', path: '#/companies', ready: (page) => expect(page.getByRole('row').nth(5)).toBeVisible() },
  {
    name: 'team',
    path: '#/settings',
    ready: async (page) => {
      await expect(page.locator('.team-card').getByRole('row').nth(4)).toBeVisible();
      await page.locator('.team-card').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'stages-settings',
    path: '#/pipeline/stages',
    ready: (page) => expect(page.getByTestId('stages-card').getByRole('listitem').first()).toBeVisible(),
  },
];

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test(`issue 17 screens at ${viewport.width}×${viewport.height} in Russian`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    for (const screen of SCREENS) {
      await page.goto(`${host.url}${screen.path}`);
      await screen.ready(page);
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
      await page.screenshot({
        path: `${SHOTS}/${screen.name}-ru-${viewport.width}x${viewport.height}.png`,
        animations: 'disabled',
      });
    }
  });
}
