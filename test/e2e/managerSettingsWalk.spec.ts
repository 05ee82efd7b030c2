import { expect, test } from './fixtures';

/**
 * What a new sales manager met setting up the firm's process in Russian at 1280×720 (Settings:
 * team, automation, e-mail, sources and campaigns, custom fields): each test is one defect.
 */
test.use({ viewport: { width: 1280, height: 720 } });

test('the sidebar and the Team card draw each user’s initials in a circle when Settings is opened first', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const me = await rpc('users.create', { name: `Ольга Круглова ${Date.now()}`, role: 'manager' });
  await rpc('settings.set', { 'user.currentId': me.id });
  await page.goto('/#/settings');
  const avatars = page.locator('.user-avatar');
  await expect(page.getByTestId('current-user')).toContainText('Ольга Круглова');
  await expect(page.locator('.team-card .user-avatar').first()).toBeVisible();
  const looks = await avatars.evaluateAll((spans) =>
    spans.map((span) => {
      const style = getComputedStyle(span);
      return { round: style.borderRadius === '50%', painted: style.backgroundImage !== 'none' };
    }),
  );
  expect(looks.length).toBeGreaterThan(1);
  expect(looks.filter((look) => !look.round || !look.painted)).toEqual([]);
});
