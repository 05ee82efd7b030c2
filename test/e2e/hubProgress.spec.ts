import { hubCardEn } from '@shared/i18n/messages/hubCard.en';
import { hubCardRu } from '@shared/i18n/messages/hubCard.ru';
import { copySeededDb } from '../fixtures/seededDb';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createRpc } from './support/createRpc';
import { type RunningHost, startHost } from './support/startHost';
import { useE2eHub } from './support/useE2eHub';

/**
 * The first sync of a large workspace, on screen: a seeded 1,000-deal workspace is on the hub
 * (pushed by another device); a fresh device connects from the card, sees the progress, stops
 * the sync (Stopped, with Resume), and resumes it where it left off — in English, then Russian.
 */
const hub = useE2eHub('hub_e2e_progress');
const hosts: RunningHost[] = [];

test.use({ viewport: { width: 1280, height: 720 } });

test.afterAll(async () => {
  for (const host of hosts.splice(0)) await host.stop();
});

/** The progress line at one moment (null once gone): the received count it says and the bar's value (sequence numbers covered). */
const progressOf = (page: Page) =>
  page.evaluate(() => {
    const line = document.querySelector('[data-testid="hub-card"] [data-testid="hub-progress"]');
    const value = line?.querySelector('progress')?.getAttribute('value');
    if (!line || value === null || value === undefined) return null;
    return { received: Number((line.textContent ?? '').replace(/^[^(]*\(/, '').replace(/\D/g, '')), done: Number(value) };
  });

test('first sync of a large workspace: progress, Stop, Resume, in English and Russian', async ({ page }) => {
  test.setTimeout(240_000);
  await hub.query("SELECT hub.add_user('olga', 'olga-secret', 'u-olga', 'admin', NULL)");
  await hub.query("SELECT hub.add_user('anna', 'anna-secret', 'u-anna', 'admin', NULL)");
  // Olga's device holds the seeded workspace and pushes it all to the hub.
  const seeded = await startHost({ prepareDb: (dbPath) => copySeededDb({ deals: 1000, seed: 7 }, dbPath) });
  hosts.push(seeded);
  const olga = await createRpc(seeded.url);
  const dealCount = (await olga('deals.list', { limit: 1 })).total;
  expect((await olga('hub.connect', { url: hub.url('olga'), password: 'olga-secret' })).problem).toBeNull();
  await expect
    .poll(async () => (await olga('hub.get', {})).lastSyncAt, { timeout: 120_000, intervals: [500] })
    .not.toBeNull();
  const onHub = (await hub.query('SELECT count(*)::int AS n FROM hub.messages'))[0]?.n as number;
  expect(onHub).toBeGreaterThan(10_000);

  // Anna's fresh device connects from the card: the first sync pulls it all, with progress.
  const fresh = await startHost();
  hosts.push(fresh);
  const anna = await createRpc(fresh.url);
  await anna('settings.set', { 'ui.language': 'en' });
  await page.goto(`${fresh.url}#/settings`);
  const card = page.getByTestId('hub-card');
  await card.getByLabel(hubCardEn.url).fill(hub.url('anna'));
  await card.getByLabel(hubCardEn.password).fill('anna-secret');
  await card.getByRole('button', { name: hubCardEn.connect }).click();
  await expect(card.getByTestId('hub-state')).toHaveText(hubCardEn.states.syncing);
  const bar = card.getByRole('progressbar');
  await expect(bar).toBeVisible();
  await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 60_000 }).toBeGreaterThan(0);
  await expect(card.getByTestId('hub-progress')).toContainText(/Receiving changes: \d+% \(received: [\d,]+\)/);
  // Two pages in at least before Stop, so a count that started again at zero after Resume would show.
  await expect.poll(async () => (await progressOf(page))?.received ?? 0, { timeout: 60_000 }).toBeGreaterThanOrEqual(2000);
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/hub-progress-en.png' });

  await card.getByRole('button', { name: hubCardEn.cancel, exact: true }).click();
  await expect(card.getByTestId('hub-state')).toHaveText(hubCardEn.states.paused);
  await expect(card.getByText(hubCardEn.pausedHint)).toBeVisible();
  const stoppedAt = (await anna('deals.list', { limit: 1 })).total;
  expect(stoppedAt).toBeLessThan(dealCount);
  await page.screenshot({ path: 'test-results/screenshots/hub-paused-en.png' });

  // In Russian: stopped, then resumed where it left off.
  await anna('settings.set', { 'ui.language': 'ru' });
  await page.goto(`${fresh.url}#/settings`);
  const cardRu = page.getByTestId('hub-card');
  await expect(cardRu.getByTestId('hub-state')).toHaveText(hubCardRu.states.paused);
  await cardRu.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/hub-paused-ru.png' });
  await cardRu.getByRole('button', { name: hubCardRu.resume }).click();
  await expect(cardRu.getByTestId('hub-state')).toHaveText(hubCardRu.states.syncing);
  // Resumed where it stopped: receiving again, from the share it had reached.
  await expect(cardRu.getByTestId('hub-progress')).toContainText(/Получаем изменения: \d+ % \(получено: [\d\s\u00a0\u202f]+\)/, {
    timeout: 60_000,
  });
  // The count goes on from the earlier run's: an admin receives every message the bar has covered
  // (all but the device's own), so it keeps up with the bar within a page, then and later.
  const looks = [];
  for (let look = 0; look < 3; look += 1) {
    const progress = await progressOf(page);
    if (progress === null) break;
    looks.push(progress);
    await page.waitForTimeout(300);
  }
  expect(looks.length).toBeGreaterThan(0);
  for (const { received, done } of looks) expect(received).toBeGreaterThanOrEqual(done - 1000);
  await page.screenshot({ path: 'test-results/screenshots/hub-progress-ru.png' });
  await expect(cardRu.getByTestId('hub-state')).toHaveText(hubCardRu.states.idle, { timeout: 120_000 });
  await page.screenshot({ path: 'test-results/screenshots/hub-synced-ru.png' });
  expect((await anna('deals.list', { limit: 1 })).total).toBe(dealCount);
});

test('an encrypted workspace is told, before connecting, that the hub keeps its data as plain text', async ({ page }) => {
  const locked = await startHost({ env: { VORONKA_DB_KEY: 'correct horse battery staple' } });
  hosts.push(locked);
  const rpc = await createRpc(locked.url);
  for (const [language, text] of [
    ['en', hubCardEn],
    ['ru', hubCardRu],
  ] as const) {
    await rpc('settings.set', { 'ui.language': language });
    await page.goto(`${locked.url}#/settings`);
    const card = page.getByTestId('hub-card');
    await expect(card.getByTestId('hub-plaintext')).toHaveText(text.encryptedPlaintext);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/screenshots/hub-encrypted-${language}.png` });
  }
});
