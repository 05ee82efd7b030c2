import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { PAGES } from '../../src-renderer/app/pages';
import { expect, test } from './fixtures';
import { createRpc, type Rpc } from './support/createRpc';
import { seedDeals } from './support/seedDeals';
import { type RunningHost, startHost } from './support/startHost';

/**
 * Screenshots of every page (both languages for Deals) on a host of its own, seeded with a
 * believable pipeline, so the pictures do not show other tests' leftovers.
 */
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

const DEALS = [
  { title: 'Поставка станков ЧПУ для ООО «Север»', valueMinor: 4_850_000_00, stageKey: 'negotiation' },
  { title: 'Внедрение CRM в ГК «Волга»', valueMinor: 1_200_000_00, stageKey: 'proposal' },
  { title: 'Сервисный контракт АО «Уралтех»', valueMinor: 360_000_00, stageKey: 'contract' },
  { title: 'Лицензии на 50 рабочих мест', valueMinor: 975_000_50, stageKey: 'qualification' },
  { title: 'Пилот для «Балтик Логистик»', valueMinor: 150_000_00, stageKey: 'new_lead' },
  { title: 'Расширение склада «Арктика»', valueMinor: 2_730_000_00, stageKey: 'proposal' },
  { title: 'Обучение персонала «Медтех»', valueMinor: 84_500_00, stageKey: 'qualification' },
  { title: 'Продление поддержки «Интерсвязь»', valueMinor: 540_000_00, stageKey: 'customer' },
  { title: 'Модернизация линии розлива', valueMinor: 6_100_000_00, stageKey: 'new_lead' },
  { title: 'Аудит безопасности «ФинПром»', valueMinor: 410_000_00, stageKey: 'negotiation' },
  { title: 'Комплект датчиков для теплиц', valueMinor: 238_900_00, stageKey: 'new_lead' },
];

let host: RunningHost;
let rpc: Rpc;

test.beforeAll(async () => {
  host = await startHost();
  rpc = await createRpc(host.url);
  await seedDeals(rpc, DEALS);
});

test.afterAll(async () => {
  await host.stop();
});

const shoot = async (page: Page, name: string) => {
  // Let toasts fade and fonts settle so the picture shows the page, not a transition.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
};

const visit = async (page: Page, language: 'ru' | 'en', pageKey: string) => {
  await rpc('settings.set', { 'ui.language': language });
  await page.goto(`${host.url}#/${pageKey}`);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.locator('.topbar h1')).not.toBeEmpty();
};

for (const language of ['ru', 'en'] as const) {
  test(`every page in ${language}`, async ({ page }) => {
    for (const pageKey of PAGES) {
      // companies-screenshots.spec.ts shoots these two with seeded companies and contacts.
      if (pageKey === 'companies' || pageKey === 'contacts') continue;
      await visit(page, language, pageKey);
      if (pageKey === 'deals') await expect(page.getByRole('row')).toHaveCount(DEALS.length + 1);
      if (pageKey === 'pipeline') await expect(page.getByTestId('stage-count').first()).not.toHaveText('…');
      if (pageKey === 'settings') await expect(page.getByTestId('about-deviceId')).not.toHaveText(/…/);
      await shoot(page, `${pageKey}-${language}`);
    }
  });

  test(`the new deal form with errors in ${language}`, async ({ page }) => {
    await visit(page, language, 'deals');
    await page.locator('.toolbar .button-primary').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#deal-value').fill('12,5,5');
    await dialog.locator('button[type=submit]').click();
    await expect(dialog.getByTestId('deal-title-error')).toBeVisible();
    await shoot(page, `deals-new-invalid-${language}`);
  });
}
