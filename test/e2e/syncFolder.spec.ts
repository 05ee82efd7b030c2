import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { syncFolderEn } from '@shared/i18n/messages/syncFolder.en';
import { syncFolderRu } from '@shared/i18n/messages/syncFolder.ru';
import { expect, test } from './fixtures';
import { createRpc, type Rpc } from './support/createRpc';
import { holdCalls } from './support/holdCalls';
import { type RunningHost, startHost } from './support/startHost';

/**
 * Two browser shells on two database files, their hosts pointed at the same shared folder
 * (`--sync-dir`, as a Syncthing folder would be on two laptops): a deal made on A reaches B after
 * "Sync now" on both, and a change on B comes back to A. The folder is the host's: shown, read-only.
 */
const SHOTS = 'test-results/screenshots';

let shared: string;
let a: RunningHost;
let b: RunningHost;
let rpcA: Rpc;
let rpcB: Rpc;

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeEach(async () => {
  shared = mkdtempSync(join(tmpdir(), 'voronka-e2e-shared-'));
  [a, b] = await Promise.all([startHost({ syncDir: shared }), startHost({ syncDir: shared })]);
  [rpcA, rpcB] = await Promise.all([createRpc(a.url), createRpc(b.url)]);
  const anna = await rpcA('users.create', { name: 'Анна Петрова', role: 'rep' });
  await rpcA('settings.set', { 'ui.language': 'en', 'user.currentId': anna.id });
  const boris = await rpcB('users.create', { name: 'Борис Смирнов', role: 'rep' });
  await rpcB('settings.set', { 'ui.language': 'ru', 'user.currentId': boris.id });
});

test.afterEach(async ({ context }) => {
  // The pages go before their hosts: a page left open would log the stopped host's refusals.
  for (const open of context.pages()) await open.close();
  await Promise.all([a.stop(), b.stop()]);
  rmSync(shared, { recursive: true, force: true });
});

test('a deal made on one device reaches the other through the shared folder, and a change comes back', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const deal = await rpcA('deals.create', { title: 'Лицензии для ООО «Север»', pipelineId: DEFAULT_PIPELINE.id });

  // A: the host's folder, read-only; its changes wait to go out until Sync now.
  await page.goto(`${a.url}#/settings`);
  const cardA = page.getByTestId('shared-folder-card');
  await expect(cardA.getByRole('heading', { name: syncFolderEn.title })).toBeVisible();
  await expect(cardA.getByTestId('shared-folder-path')).toHaveText(shared);
  await expect(cardA.getByText(syncFolderEn.folderSources.host)).toBeVisible();
  await expect(cardA.getByRole('button', { name: syncFolderEn.chooseFolder })).toHaveCount(0);
  await expect(cardA.getByTestId('shared-folder-status')).toContainText(syncFolderEn.never);
  await expect(cardA.getByTestId('shared-folder-waiting')).toContainText('waiting to go out');
  await cardA.getByRole('button', { name: syncFolderEn.syncNow }).click();
  await expect(page.getByText(/^Sync done: [1-9]\d* sent, 0 received\.$/)).toBeVisible();
  await expect(cardA.getByTestId('shared-folder-waiting')).toHaveText(syncFolderEn.nothingWaiting);
  expect(readdirSync(shared)).toHaveLength(1);

  // B: nothing of A's yet; Sync now reads A's file, and the deal is on B's deals list.
  const pageB = await context.newPage();
  await pageB.goto(`${b.url}#/deals`);
  await expect(pageB.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(pageB.getByText(deal.title)).toHaveCount(0);
  await pageB.goto(`${b.url}#/settings`);
  const cardB = pageB.getByTestId('shared-folder-card');
  await cardB.getByRole('button', { name: syncFolderRu.syncNow }).click();
  await expect(pageB.getByText(/^Синхронизация завершена: отправлено [1-9]\d*, получено [1-9]\d*\.$/)).toBeVisible();
  const peers = cardB.getByTestId('shared-folder-peers');
  await expect(peers.getByRole('row', { name: /Анна Петрова/ })).toContainText('№ 1');
  await cardB.scrollIntoViewIfNeeded();
  await pageB.screenshot({ path: `${SHOTS}/shared-folder-ru.png` });
  await pageB.goto(`${b.url}#/deals`);
  await expect(pageB.getByText(deal.title)).toBeVisible();

  // B renames it; after Sync now on B and then on A, A has the new title.
  await rpcB('deals.update', { id: deal.id, patch: { title: 'Лицензии и внедрение для ООО «Север»' } });
  await pageB.goto(`${b.url}#/settings`);
  await pageB.getByTestId('shared-folder-card').getByRole('button', { name: syncFolderRu.syncNow }).click();
  await expect(pageB.getByText('Синхронизация завершена: отправлено 1, получено 0.')).toBeVisible();
  await cardA.getByRole('button', { name: syncFolderEn.syncNow }).click();
  await expect(page.getByText(/^Sync done: 0 sent, [1-9]\d* received\.$/)).toBeVisible();
  expect((await rpcA('deals.get', { id: deal.id })).title).toBe('Лицензии и внедрение для ООО «Север»');
  await expect(cardA.getByTestId('shared-folder-peers').getByRole('row', { name: /Борис Смирнов/ })).toBeVisible();
  await cardA.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/shared-folder-en.png` });
});

test('a change made while the folder settings reload after the one before builds on that one', async ({ page }) => {
  await rpcA('syncFolder.set', { enabled: true, intervalSeconds: 60 });
  await page.goto(`${a.url}#/settings`);
  const card = page.getByTestId('shared-folder-card');
  const automatic = card.getByRole('switch', { name: syncFolderEn.enabled });
  await expect(automatic).toBeChecked();
  // Each save is answered; the reload of the folder's state after it is held on its way.
  const reloads = await holdCalls(page, 'syncFolder.get');
  reloads.hold();
  await card.getByLabel(syncFolderEn.interval).selectOption('300');
  // Its save answered (the controls are free again), the reload not yet.
  await expect(automatic).toBeEnabled();
  await automatic.click();
  await expect.poll(() => rpcA('syncFolder.get')).toMatchObject({ enabled: false, intervalSeconds: 300 });
  reloads.release();
  await expect(automatic).not.toBeChecked();
});
