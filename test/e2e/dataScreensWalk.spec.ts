import { expect, test } from './fixtures';

/**
 * A new user's trial of the screens that get data in and out and keep it safe (import, exports,
 * backups, custom fields, search, sync) at 1280×720 in Russian: each test holds one thing that
 * walk found wrong.
 */
test.use({ viewport: { width: 1280, height: 720 } });

const shot = (name: string) => `test-results/screenshots/walk3-${name}-1280x720.png`;

test('a custom field with a long name stays inside its card: the settings page does not scroll sideways', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const name = `Количество единиц оборудования в парке клиента на начало отчётного квартала (по данным инвентаризации) ${Date.now()}`;
  const field = await rpc('customFields.create', { entity: 'deal', nameRu: name, nameEn: 'Fleet size', type: 'text' });
  try {
    await page.goto('/#/settings');
    const card = page.getByTestId('custom-fields-card');
    await expect(card.getByText(name)).toBeVisible();
    await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: shot('custom-field-long-name-ru'), animations: 'disabled' });
    // The page itself never scrolls sideways (it hid the sidebar), and the card keeps the page's width.
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect((await card.boundingBox())!.width).toBeLessThanOrEqual(880);
    await expect(card.getByText(name)).toHaveAttribute('title', name);
  } finally {
    await rpc('customFields.archive', { id: field.id });
  }
});
