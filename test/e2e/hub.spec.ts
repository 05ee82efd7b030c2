import { hubEn } from '@shared/i18n/messages/hub.en';
import { hubRu } from '@shared/i18n/messages/hub.ru';
import { hubCardEn } from '@shared/i18n/messages/hubCard.en';
import { hubCardRu } from '@shared/i18n/messages/hubCard.ru';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';
import { createRpc, type Rpc } from './support/createRpc';
import { type RunningHost, startHost } from './support/startHost';
import { useE2eHub } from './support/useE2eHub';

/**
 * The team hub card against a real throwaway PostgreSQL (the hub tests' cluster): a wrong
 * password is refused in words, Connect syncs in the background, Sync now sends a new deal, the
 * admin adds a person on the hub's team card, and Disconnect leaves the data on the device.
 */
const hub = useE2eHub('hub_e2e');

let host: RunningHost;
let rpc: Rpc;

test.use({ viewport: { width: 1280, height: 720 } });

test.beforeEach(async () => {
  host = await startHost();
  rpc = await createRpc(host.url);
  const anna = await rpc('users.create', { name: 'Anna Petrova', role: 'admin' });
  await rpc('users.create', { name: 'Boris Smirnov', role: 'rep' });
  await rpc('settings.set', { 'ui.language': 'en', 'user.currentId': anna.id });
  await hub.query("SELECT hub.add_user('anna', 'anna-secret', $1, 'admin', NULL)", [anna.id]);
});

test.afterEach(async ({ context }) => {
  for (const open of context.pages()) await open.close();
  await host.stop();
});

test('connect to the hub, sync now, see the status and the team, add a person, disconnect', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`${host.url}#/settings`);
  const card = page.getByTestId('hub-card');
  await expect(card.getByRole('heading', { name: hubCardEn.title })).toBeVisible();
  // Without a hub, the team's card stays away.
  await expect(page.getByTestId('hub-team-card')).toHaveCount(0);

  await card.getByLabel(hubCardEn.url).fill(hub.url('anna'));
  await card.getByLabel(hubCardEn.password).fill('wrong-password');
  await card.getByRole('button', { name: hubCardEn.test }).click();
  await expect(card.getByTestId('hub-problem')).toHaveText(hubEn.auth_failed);
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/hub-connect-en.png' });

  await card.getByLabel(hubCardEn.password).fill('anna-secret');
  await card.getByRole('button', { name: hubCardEn.test }).click();
  await expect(page.getByText('The hub answers: you are anna, role admin.')).toBeVisible();
  await card.getByRole('button', { name: hubCardEn.connect }).click();
  await expect(card.getByTestId('hub-state')).toHaveText(hubCardEn.states.idle);
  await expect(card.getByTestId('hub-login')).toHaveText('anna — admin');
  await expect(card.getByTestId('hub-last-sync')).toContainText('Last sync:');
  await expect(card.getByTestId('hub-waiting')).toHaveText(hubCardEn.nothingWaiting);
  // The password is never shown back, nor kept in a field.
  await expect(card.getByLabel(hubCardEn.password)).toHaveCount(0);
  expect(await page.content()).not.toContain('anna-secret');

  // A new deal goes out with the next sync; Sync now sends it and the hub holds it.
  await rpc('deals.create', { title: 'Hub licences', pipelineId: DEFAULT_PIPELINE.id });
  await card.getByRole('button', { name: hubCardEn.syncNow }).click();
  await expect(card.getByTestId('hub-waiting')).toHaveText(hubCardEn.nothingWaiting);
  await expect
    .poll(async () => (await hub.query("SELECT count(*)::int AS n FROM hub.messages WHERE tbl = 'deals'"))[0]?.n)
    .toBeGreaterThan(0);
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/hub-card-en.png' });

  // The admin's team card: Anna (you); add Boris with his own login.
  const team = page.getByTestId('hub-team-card');
  await expect(team.getByTestId('hub-member-anna')).toContainText('Anna Petrova');
  const form = team.getByRole('form', { name: hubCardEn.team.addTitle });
  await form.getByLabel(hubCardEn.team.person).selectOption({ label: 'Boris Smirnov' });
  await form.getByLabel(hubCardEn.team.login).fill('boris');
  await form.getByLabel(hubCardEn.team.password).fill('boris-secret');
  await form.getByLabel(hubCardEn.team.team).fill('north');
  await form.getByRole('button', { name: hubCardEn.team.add }).click();
  await expect(team.getByTestId('hub-member-boris')).toContainText('Boris Smirnov');
  expect(await hub.query("SELECT role, team FROM hub.users WHERE login = 'boris'")).toEqual([
    { role: 'rep', team: 'north' },
  ]);
  await team.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/hub-team-en.png' });

  // The hub refuses the login now (its password changed): the error in words, with Retry.
  await hub.query("ALTER ROLE anna PASSWORD 'changed-secret'");
  await card.getByRole('button', { name: hubCardEn.syncNow }).click();
  await expect(card.getByTestId('hub-state')).toHaveText(hubCardEn.states.error);
  await expect(card.getByTestId('hub-error')).toContainText(hubEn.auth_failed);
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/hub-error-en.png' });
  await hub.query("ALTER ROLE anna PASSWORD 'anna-secret'");
  await card.getByRole('button', { name: hubCardEn.retry }).click();
  await expect(card.getByTestId('hub-state')).toHaveText(hubCardEn.states.idle);
  await expect(card.getByTestId('hub-error')).toHaveCount(0);

  await card.getByRole('button', { name: hubCardEn.disconnect }).click();
  await expect(card.getByLabel(hubCardEn.url)).toBeVisible();
  await expect(page.getByText(hubCardEn.disconnected)).toBeVisible();
  await expect(page.getByTestId('hub-team-card')).toHaveCount(0);
  // What was synced stays on the device.
  await page.goto(`${host.url}#/deals`);
  await expect(page.getByText('Hub licences')).toBeVisible();

  // In Russian: the card's own words and the hub's refusal.
  await rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto(`${host.url}#/settings`);
  const cardRu = page.getByTestId('hub-card');
  await expect(cardRu.getByRole('heading', { name: hubCardRu.title })).toBeVisible();
  await cardRu.getByLabel(hubCardRu.url).fill(hub.url('anna'));
  await cardRu.getByLabel(hubCardRu.password).fill('wrong-password');
  await cardRu.getByRole('button', { name: hubCardRu.test }).click();
  await expect(cardRu.getByTestId('hub-problem')).toHaveText(hubRu.auth_failed);
  await cardRu.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/hub-connect-ru.png' });
});
