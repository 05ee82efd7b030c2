import { expect, test } from './fixtures';

/**
 * A large CSV through the wizard: the check and the import show a moving progress bar pushed by
 * the backend, the window keeps answering meanwhile, and Cancel stops the import with nothing of
 * it written. Shot at 1280×720 with the bar on screen.
 */
test.use({ viewport: { width: 1280, height: 720 } });

const ROWS = 40_000;

test('a large import shows its progress and Cancel stops it with nothing imported', async ({ page, rpc }) => {
  test.setTimeout(240_000);
  const tag = `big${Date.now().toString(36)}`;
  const lines = ['Name,Email,Notes'];
  for (let row = 0; row < ROWS; row += 1) lines.push(`${tag} company ${row},info${row}@${tag}.ru,Row ${row}`);
  const file = { name: `${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) };

  await rpc('settings.set', { 'ui.language': 'en' });
  await page.goto('/#/settings');
  await page.getByTestId('import-card').getByRole('button', { name: 'Import from a file…' }).click();
  const wizard = page.getByTestId('import-wizard');
  await wizard.getByTestId('import-file').setInputFiles(file);
  await expect(wizard).toHaveAttribute('data-step', 'preview');
  const next = page.getByRole('button', { name: 'Next' });
  await next.click();
  await next.click();

  // The check (a dry run) reports its phases and rows as it goes.
  await page.getByRole('button', { name: 'Check' }).click();
  const progress = wizard.getByTestId('import-progress');
  await expect(progress).toHaveAttribute('data-phase', 'checking', { timeout: 60_000 });
  await expect(progress.getByTestId('import-progress-rows')).toContainText(`of ${ROWS.toLocaleString('en')} rows`);
  await expect(wizard).toHaveAttribute('data-step', 'check', { timeout: 120_000 });
  await expect(progress).toHaveCount(0);

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(progress).toHaveAttribute('data-phase', 'writing', { timeout: 60_000 });
  const bar = progress.getByTestId('import-progress-bar');
  const first = Number(await bar.getAttribute('value'));
  // The bar moves.
  await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(first);
  await page.screenshot({ path: 'test-results/screenshots/import-progress-en-1280x720.png' });
  // The window stays responsive: a read answers while the import writes.
  expect((await rpc('deals.list', {})) as { rows: unknown[] }).toHaveProperty('rows');
  await progress.getByRole('button', { name: 'Cancel import' }).click();
  await expect(wizard.getByRole('alert')).toHaveText('The import was cancelled: nothing was written.', {
    timeout: 30_000,
  });
  await expect(progress).toHaveCount(0);
  expect(((await rpc('companies.list', { search: tag, limit: 5 })) as { total: number }).total).toBe(0);
  expect(((await rpc('imports.list', {})) as { fileName: string }[]).map((entry) => entry.fileName)).not.toContain(
    file.name,
  );

  // Closing the wizard during the import cancels it too: nothing is left running unseen.
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(progress).toHaveAttribute('data-phase', 'writing', { timeout: 60_000 });
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  // It asks first: closing stops the import the user asked for.
  await page.getByRole('alertdialog', { name: 'Discard changes?' }).getByRole('button', { name: 'Discard' }).click();
  await expect(wizard).toHaveCount(0);
  // Writes are refused while an import runs; once one is accepted, the import is over.
  await expect
    .poll(
      async () =>
        rpc('settings.set', { 'ui.language': 'en' }).then(
          () => 'accepted',
          () => 'refused',
        ),
      {
        timeout: 60_000,
      },
    )
    .toBe('accepted');
  expect(((await rpc('companies.list', { search: tag, limit: 5 })) as { total: number }).total).toBe(0);
});
