import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { copySeededDb } from '../fixtures/seededDb';
import { expect, test } from './fixtures';
import { createRpc, type Rpc } from './support/createRpc';
import { type RunningHost, startHost } from './support/startHost';

/**
 * Sync between two devices by bundle files (DESIGN §7): two browser shells on two hosts with
 * their own database files. A bundle is downloaded on one and uploaded on the other; a concurrent
 * edit of one deal's title shows in Conflicts on the losing side, "keep mine" writes it again and
 * it reaches the other device with the next bundle.
 */
test.use({ viewport: { width: 1280, height: 720 } });

let hostB: RunningHost;
let rpcB: Rpc;

test.beforeAll(async () => {
  hostB = await startHost();
  rpcB = await createRpc(hostB.url);
});

test.afterAll(async () => {
  await hostB?.stop();
});

/** Hides the toasts: a screenshot shows the card they would cover, and an earlier import's toast is not taken for the next one's. */
const dismissToasts = async (page: Page, label: string) => {
  const buttons = page.getByRole('region', { name: label }).getByRole('button');
  // A toast can close on its own between the count and the click (CI once waited out the test on
  // the button gone): the click then gives up soon, and the loop counts again.
  while ((await buttons.count()) > 0)
    await buttons
      .first()
      .click({ timeout: 1_000 })
      .catch(() => undefined);
};

/** Presses a save button on the sync card and returns the downloaded bundle's bytes. */
const download = async (page: Page, button: ReturnType<Page['getByRole']>): Promise<Buffer> => {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync((await file.path()) as string);
};

const upload = async (page: Page, bytes: Buffer, toast: RegExp) => {
  await dismissToasts(page, 'Уведомления');
  await page.getByTestId('sync-import-file').setInputFiles({
    name: 'bundle.vsync',
    mimeType: 'application/octet-stream',
    buffer: bytes,
  });
  await expect(page.getByRole('status').filter({ hasText: toast }).first()).toBeVisible();
};

const deviceOf = async (rpc: Rpc) => (await rpc('sync.status', {})).deviceId;

test('two devices exchange bundles; a concurrent edit shows in Conflicts on the losing side; keep mine goes back', async ({
  page,
  rpc,
  browser,
}) => {
  test.setTimeout(120_000);
  const tag = Date.now().toString(36);
  await rpc('settings.set', { 'ui.language': 'ru' });
  const anna = await rpcB('users.create', { name: `Анна ${tag}`, role: 'rep' });
  await rpcB('settings.set', { 'ui.language': 'ru', 'user.currentId': anna.id });
  const deal = await rpc('deals.create', {
    title: `Поставка ${tag}`,
    pipelineId: DEFAULT_PIPELINE.id,
    valueMinor: 150000,
  });
  const [idA, idB] = [await deviceOf(rpc), await deviceOf(rpcB)];

  const pageB = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  await page.goto('/#/settings');
  await pageB.goto(`${hostB.url}#/settings`);
  const cardA = page.getByTestId('sync-card');
  const cardB = pageB.getByTestId('sync-card');
  await expect(cardA.getByTestId('sync-device')).toContainText(idA);

  // A → B: everything A holds, downloaded on A and uploaded on B.
  await upload(pageB, await download(page, cardA.getByRole('button', { name: 'Сохранить пакет' })), /Пакет от/);
  expect((await rpcB('deals.get', { id: deal.id })).title).toBe(`Поставка ${tag}`);
  // The same file again changes nothing.
  const peerOnB = cardB.getByTestId('sync-peer').filter({ hasText: idA.slice(0, 8) });
  await expect(peerOnB).toContainText('Получено (пакет)');
  // B → A: what A lacks (B's own seed and Anna).
  const forA = () => download(pageB, peerOnB.getByRole('button', { name: 'Пакет для этого устройства' }));
  await upload(page, await forA(), /Пакет от Анна/);
  const peerOnA = cardA.getByTestId('sync-peer').filter({ hasText: idB.slice(0, 8) });
  await expect(peerOnA).toContainText('Всё отправлено');

  // The same field on both devices, neither knowing of the other: B's edit is the later one.
  await rpc('deals.update', { id: deal.id, patch: { title: `Поставка A ${tag}` } });
  await new Promise((resolve) => setTimeout(resolve, 20));
  await rpcB('deals.update', { id: deal.id, patch: { title: `Поставка Б ${tag}` } });
  await expect(peerOnA).toContainText('Ждёт отправки: 1 изменение');

  // Both ways: A's bundle to B (B keeps its later value), B's to A (A's value is replaced).
  const forB = () => download(page, peerOnA.getByRole('button', { name: 'Пакет для этого устройства' }));
  await upload(pageB, await forB(), /конфликтов 1/);
  await upload(page, await forA(), /конфликтов 1/);
  expect((await rpc('deals.get', { id: deal.id })).title).toBe(`Поставка Б ${tag}`);

  const conflictA = cardA.getByTestId('sync-conflict');
  await expect(conflictA).toHaveCount(1);
  await expect(conflictA).toContainText(`Сделка «Поставка Б ${tag}» · Название`);
  await expect(conflictA.getByTestId('sync-conflict-line')).toContainText(
    `Ваше значение «Поставка A ${tag}» заменено на «Поставка Б ${tag}» от Анна ${tag}`,
  );
  await expect(cardA.getByTestId('sync-conflicts-count')).toHaveText('1');
  await dismissToasts(page, 'Уведомления');
  await cardA.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: 'test-results/screenshots/settings-sync-conflicts-ru-1280x720.png' });
  // The same view in English.
  await rpc('settings.set', { 'ui.language': 'en' });
  await expect(conflictA.getByTestId('sync-conflict-line')).toContainText(
    `Your value “Поставка A ${tag}” was replaced by “Поставка Б ${tag}” from Анна ${tag}`,
  );
  await cardA.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: 'test-results/screenshots/settings-sync-conflicts-en-1280x720.png' });
  await rpc('settings.set', { 'ui.language': 'ru' });
  await expect(conflictA.getByRole('button', { name: 'Оставить моё' })).toBeVisible();
  // The winning side lists it too, without "keep mine".
  const conflictB = cardB.getByTestId('sync-conflict');
  await expect(conflictB.getByTestId('sync-conflict-line')).toContainText(
    `Ваше значение «Поставка Б ${tag}» осталось вместо «Поставка A ${tag}»`,
  );
  await expect(conflictB.getByRole('button', { name: 'Оставить моё' })).toHaveCount(0);

  // The deal opens from its conflict, over the settings; its link is the app's accent (--accent-700),
  // without the browser's blue and underline.
  const dealLink = conflictA.getByRole('link', { name: `Сделка «Поставка Б ${tag}»` });
  await expect(dealLink).toHaveCSS('color', 'rgb(34, 67, 156)');
  await expect(dealLink).toHaveCSS('text-decoration-line', 'none');
  await dealLink.click();
  const drawer = page.getByTestId('deal-drawer');
  await expect(drawer).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // Keep mine on A: written again as a new change, which wins on B with the next bundle.
  await conflictA.getByRole('button', { name: 'Оставить моё' }).click();
  await expect(conflictA).toHaveCount(0);
  await expect(cardA.getByTestId('sync-conflicts')).toContainText('Конфликтов нет.');
  expect((await rpc('deals.get', { id: deal.id })).title).toBe(`Поставка A ${tag}`);
  await upload(pageB, await forB(), /Пакет от/);
  expect((await rpcB('deals.get', { id: deal.id })).title).toBe(`Поставка A ${tag}`);
  await conflictB.getByRole('button', { name: 'Принять' }).click();
  await expect(conflictB).toHaveCount(0);
  await pageB.goto(`${hostB.url}#/deals`);
  await expect(pageB.getByText(`Поставка A ${tag}`)).toBeVisible();

  // A truncated file is refused in plain words; nothing changes.
  const bundle = await forB();
  await pageB.goto(`${hostB.url}#/settings`);
  await pageB.getByTestId('sync-import-file').setInputFiles({
    name: 'bundle.vsync',
    mimeType: 'application/octet-stream',
    buffer: bundle.subarray(0, bundle.length - 20),
  });
  await expect(pageB.getByRole('alert').filter({ hasText: 'Файл пакета обрезан' })).toBeVisible();
  await pageB.close();
});

test('a long bundle import shows its progress, and Cancel leaves nothing of it', async ({ page, rpc }) => {
  test.setTimeout(240_000);
  const big = await startHost({ prepareDb: (dbPath) => copySeededDb({ deals: 2000, seed: 11 }, dbPath) });
  try {
    const bundle = await (await createRpc(big.url))('sync.exportBundle', { scope: { kind: 'all' } });
    await rpc('settings.set', { 'ui.language': 'en' });
    const before = ((await rpc('deals.list', { limit: 1 })) as { total: number }).total;
    await page.goto('/#/settings');
    await page.getByTestId('sync-import-file').setInputFiles({
      name: bundle.fileName,
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(bundle.base64, 'base64'),
    });
    const progress = page.getByTestId('sync-progress');
    await expect(progress).toContainText(`of ${bundle.messageCount}`, { timeout: 60_000 });
    await progress.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: 'test-results/screenshots/settings-sync-progress-en-1280x720.png' });
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The bundle import was cancelled' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(progress).toHaveCount(0);
    expect(((await rpc('deals.list', { limit: 1 })) as { total: number }).total).toBe(before);
    expect((await rpc('sync.status', {})).peers.map((peer) => peer.deviceId)).not.toContain(
      (await (await createRpc(big.url))('sync.status', {})).deviceId,
    );
  } finally {
    await rpc('settings.set', { 'ui.language': 'ru' });
    await big.stop();
  }
});
