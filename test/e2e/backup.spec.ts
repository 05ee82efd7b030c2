import { readFileSync } from 'node:fs';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';
import type { Rpc } from './support/createRpc';

/**
 * The Settings page's backups: the daily backup made at start, "back up now", a restore from the
 * list with its confirmation, a refused upload with the reason in Russian, and the download.
 */
test.use({ viewport: { width: 1280, height: 720 } });

const titles = async (rpc: Rpc) =>
  ((await rpc('deals.list', { limit: 200 })) as { rows: { title: string }[] }).rows.map((deal) => deal.title);

test('backs up, restores from the list after a confirmation, and refuses a file that is not a backup', async ({
  page,
  rpc,
}) => {
  test.setTimeout(60_000);
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = Date.now().toString(36);
  await rpc('deals.create', { title: `До копии ${tag}`, pipelineId: DEFAULT_PIPELINE.id });
  await page.goto('/#/settings');
  const card = page.getByTestId('backup-card');
  // The host made the daily backup when it started.
  await expect(card.getByTestId('backup-row').filter({ hasText: 'Ежедневная' })).toHaveCount(1);
  await expect(card.getByTestId('backup-last')).toContainText('Последняя копия:');

  await card.getByRole('button', { name: 'Создать копию' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Копия создана' })).toBeVisible();
  const manual = card.getByTestId('backup-row').filter({ hasText: 'Вручную' });
  await expect(manual).toHaveCount(1);

  await rpc('deals.create', { title: `После копии ${tag}`, pipelineId: DEFAULT_PIPELINE.id });
  expect(await titles(rpc)).toContain(`После копии ${tag}`);

  // The toast names the backup by the time the list shows (the workspace's zone), not by its file.
  const manualWhen = await manual.getByRole('cell').first().innerText();
  await manual.getByRole('button', { name: 'Восстановить…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Восстановить эту копию?' });
  await expect(dialog).toContainText('Сначала будет сделана копия текущих данных');
  await page.screenshot({ path: 'test-results/screenshots/settings-restore-confirm-ru-1280x720.png' });
  await dialog.getByRole('button', { name: 'Восстановить', exact: true }).click();
  const restored = page.getByRole('status').filter({ hasText: 'Данные восстановлены' });
  await expect(restored).toHaveText(`Данные восстановлены из копии от ${manualWhen}`);
  await expect(restored).not.toContainText('voronka-');
  await expect(dialog).toBeHidden();
  const after = await titles(rpc);
  expect(after).toContain(`До копии ${tag}`);
  expect(after).not.toContain(`После копии ${tag}`);
  await expect(card.getByTestId('backup-row').filter({ hasText: 'Перед восстановлением' })).toHaveCount(1);

  // A file that is not a database: refused with the reason, nothing changes.
  await card.getByTestId('backup-upload').setInputFiles({
    name: 'clients.sqlite',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('Компания;ИНН\nРомашка;7707083893\n'.repeat(200)),
  });
  await page.getByRole('dialog').getByRole('button', { name: 'Восстановить', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Это не резервная копия Воронки' })).toBeVisible();
  expect(await titles(rpc)).toEqual(after);
  await page.screenshot({ path: 'test-results/screenshots/settings-backup-ru-1280x720.png' });
});

test('downloads a fresh backup that is an SQLite file, and reads in English', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'en' });
  await page.goto('/#/settings');
  const card = page.getByTestId('backup-card');
  await expect(card.getByRole('heading', { name: 'Backups' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Download backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^voronka-.*-manual\.sqlite$/);
  const path = await download.path();
  expect(readFileSync(path).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  await expect(page.getByRole('status').filter({ hasText: 'Backup downloaded' })).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/settings-backup-en-1280x720.png' });
  await rpc('settings.set', { 'ui.language': 'ru' });
});
