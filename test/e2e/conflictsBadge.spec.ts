import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';
import { createRpc, type Rpc } from './support/createRpc';
import { type RunningHost, startHost } from './support/startHost';

/**
 * The sidebar's count of open conflicts on Settings (which holds the Conflicts view): it appears
 * while the page shows another section, as soon as a bundle brings conflicts (imported by another
 * client of the same core), and follows "keep mine" and "accept" down to nothing.
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

const deviceOf = async (rpc: Rpc) => (await rpc('sync.status', {})).deviceId;

/** A bundle of what `to` lacks (everything when it never sent one), made on `from` and imported on `to`. */
const carry = async (from: Rpc, to: Rpc) => {
  const toId = await deviceOf(to);
  const known = (await from('sync.status', {})).peers.some((peer) => peer.deviceId === toId && peer.waiting !== null);
  const file = await from('sync.exportBundle', {
    scope: known ? { kind: 'peer', deviceId: toId } : { kind: 'all' },
  });
  return to('sync.importBundle', { fileName: file.fileName, base64: file.base64 });
};

test('the Settings item counts open conflicts, live after an import, keep mine and accept', async ({
  page,
  rpc,
}) => {
  test.setTimeout(120_000);
  const tag = Date.now().toString(36);
  // Conflicts another test of this worker left open are not this test's.
  await rpc('sync.acceptAllConflicts', {});
  await rpc('settings.set', { 'ui.language': 'ru' });
  const anna = await rpcB('users.create', { name: `Анна ${tag}`, role: 'rep' });
  await rpcB('settings.set', { 'ui.language': 'ru', 'user.currentId': anna.id });
  const deals = await Promise.all(
    ['первая', 'вторая'].map((word) =>
      rpc('deals.create', { title: `Сделка ${word} ${tag}`, pipelineId: DEFAULT_PIPELINE.id, valueMinor: 1000 }),
    ),
  );
  await carry(rpc, rpcB);
  await carry(rpcB, rpc);

  await page.goto('/#/pipeline');
  const settings = page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', {
    name: 'Настройки',
  });
  await expect(settings).toBeVisible();
  const badge = page.getByTestId('conflicts-badge');
  await expect(badge).toHaveCount(0);

  // Both devices edit both titles without knowing of each other; B's edits are the later ones.
  for (const deal of deals) await rpc('deals.update', { id: deal.id, patch: { title: `${deal.title} A` } });
  await new Promise((resolve) => setTimeout(resolve, 20));
  for (const deal of deals) await rpcB('deals.update', { id: deal.id, patch: { title: `${deal.title} Б` } });
  // B's bundle is imported on A by another client of A's core: the open page follows.
  expect((await carry(rpcB, rpc)).conflicts).toBe(2);
  await expect(badge).toHaveText('2');
  await expect(settings.getByTestId('conflicts-badge')).toBeVisible();
  await expect(badge).toHaveAttribute('aria-label', '2 открытых конфликта');
  await page.screenshot({ path: 'test-results/screenshots/sidebar-conflicts-badge-ru-1280x720.png' });
  await rpc('settings.set', { 'ui.language': 'en' });
  await expect(badge).toHaveAttribute('aria-label', '2 open conflicts');
  await page.screenshot({ path: 'test-results/screenshots/sidebar-conflicts-badge-en-1280x720.png' });
  await rpc('settings.set', { 'ui.language': 'ru' });

  // In the Conflicts view: keep mine on one (1 left), accept the other (none).
  await settings.click();
  const conflicts = page.getByTestId('sync-card').getByTestId('sync-conflict');
  await expect(conflicts).toHaveCount(2);
  await conflicts.first().getByRole('button', { name: 'Оставить моё' }).click();
  await expect(conflicts).toHaveCount(1);
  await expect(badge).toHaveText('1');
  await expect(badge).toHaveAttribute('aria-label', '1 открытый конфликт');
  await conflicts.first().getByRole('button', { name: 'Принять' }).click();
  await expect(conflicts).toHaveCount(0);
  await expect(badge).toHaveCount(0);
  expect((await rpc('sync.openConflictCount', {})).open).toBe(0);
});
