import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';

const tag = () => Date.now().toString(36);

test.use({ viewport: { width: 1280, height: 720 } });

test('a team made in Settings → Team holds a user, filters Analytics, and is a rule condition and a round-robin pool', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const name = `Юг ${tag()}`;
  const lead = await rpc('users.create', { name: `Ольга Руководитель ${tag()}`, role: 'manager' });
  const rep = await rpc('users.create', { name: `Пётр Продавец ${tag()}`, role: 'rep' });
  const outsider = await rpc('users.create', { name: `Инна Другая ${tag()}`, role: 'rep' });

  await page.goto('/#/settings');
  const teams = page.locator('.teams-settings');
  await teams.getByRole('button', { name: 'Добавить команду' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новая команда' });
  // The lead picker offers managers and admins, never a rep.
  await expect(dialog.getByLabel('Руководитель').locator('option', { hasText: rep.name })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Добавить' }).click();
  await expect(dialog.getByText('Обязательное поле')).toBeVisible();
  await dialog.getByLabel('Название').fill(name);
  await dialog.getByLabel('Руководитель').selectOption(lead.id);
  await dialog.getByRole('button', { name: 'Добавить' }).click();
  await expect(dialog).toBeHidden();
  const row = teams.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText(lead.name);
  await expect(row.getByRole('cell').nth(2)).toHaveText('0');

  // The rep joins the team in their own form.
  await page.getByRole('button', { name: `Изменить: ${rep.name}` }).click();
  const userForm = page.getByRole('dialog', { name: 'Сотрудник' });
  await userForm.getByLabel('Команда').selectOption({ label: name });
  await userForm.getByRole('button', { name: 'Сохранить' }).click();
  await expect(userForm).toBeHidden();
  await expect(row.getByRole('cell').nth(2)).toHaveText('1');
  await expect(page.getByRole('row').filter({ hasText: rep.name })).toContainText(`Команда: ${name}`);
  await teams.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/settings-teams-ru.png' });
  const [team] = (await rpc('teams.list')).filter((candidate) => candidate.name === name);
  expect(team).toMatchObject({ leadId: lead.id, members: 1 });

  // Analytics: the team's deals only, in the URL.
  for (const ownerId of [rep.id, rep.id, outsider.id]) {
    await rpc('deals.create', { title: `Сделка ${tag()}`, pipelineId: DEFAULT_PIPELINE.id, ownerId });
  }
  await page.goto('/#/analytics');
  await page.getByLabel('Команда').selectOption({ label: name });
  await expect(page).toHaveURL(new RegExp(`team=${team?.id}`));
  const period = { kind: 'month', month: new Date().toISOString().slice(0, 7) } as const;
  const mine = await rpc('analytics.overview', { period, filters: { teamId: team?.id ?? '' } });
  expect(mine.current.funnel[0]?.entered).toBe(2);
  await expect(page.getByTestId('card-created').locator('.analytics-card-value')).toHaveText('2');
  await page.screenshot({ path: 'test-results/screenshots/analytics-team-ru.png' });

  // The weekly report: the team in the URL and in the report's filters line.
  await page.goto('/#/reports');
  await page.getByLabel('Команда').selectOption({ label: name });
  await expect(page).toHaveURL(new RegExp(`team=${team?.id}`));
  await expect(page.locator('.report-meta')).toContainText(`команда «${name}»`);

  // A rule: deals of the team's owners go round-robin within the team.
  await page.goto('/#/settings');
  const card = page.getByTestId('automation-card');
  await card.getByRole('button', { name: 'Новое правило' }).click();
  const editor = page.getByRole('dialog', { name: 'Новое правило' });
  await editor.getByLabel('Название').fill(`Команда ${name}`);
  await editor.getByRole('button', { name: 'Добавить условие' }).click();
  await editor.getByLabel('Условие').selectOption('team');
  await editor.getByLabel('Команда', { exact: true }).first().selectOption({ label: name });
  await editor.getByRole('button', { name: 'Добавить действие' }).click();
  await editor.getByLabel('Тема').fill('Разобрать сделку');
  await editor.getByLabel('Кому').selectOption('round_robin');
  await editor.getByLabel('Команда', { exact: true }).last().selectOption({ label: name });
  await expect(editor.getByTestId('rule-editor-summary')).toContainText(`ответственный из команды ${name}`);
  await expect(editor.getByTestId('rule-editor-summary')).toContainText(`следующего по очереди в команде «${name}»`);
  await page.screenshot({ path: 'test-results/screenshots/automation-team-rule-ru.png' });
  await editor.getByRole('button', { name: 'Отмена' }).click();
});
