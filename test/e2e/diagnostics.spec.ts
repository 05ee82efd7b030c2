import { expect, test } from './fixtures';

test('Settings → Copy diagnostics puts versions, schema, counts and the error log on the clipboard (en)', async ({
  page,
  context,
  rpc,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await rpc('settings.set', { 'ui.language': 'en' });
  const info = await rpc('app.info', {});
  // A refused call leaves a line in the error log, without the e-mail it carried.
  await expect(
    rpc('contacts.update', { id: '00000000-0000-4000-8000-000000000000', patch: { email: 'diag.secret@example.com' } }),
  ).rejects.toThrow();

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#/settings');
  const card = page.getByTestId('diagnostics-card');
  await card.scrollIntoViewIfNeeded();
  await card.getByRole('button', { name: 'Copy diagnostics' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Diagnostics copied' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/settings-diagnostics-en-1280x720.png' });

  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain(`Voronka ${info.appVersion}`);
  expect(text).toContain(`Schema version: ${info.schemaVersion}`);
  expect(text).toMatch(/Encryption: (on|off)/);
  expect(text).toMatch(/ {2}contacts: \d+/);
  expect(text).toContain('call-failed contacts.update NOT_FOUND');
  expect(text).not.toContain('diag.secret');
  await rpc('settings.set', { 'ui.language': 'ru' });
});
