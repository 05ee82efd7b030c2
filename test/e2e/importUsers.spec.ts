import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test } from './fixtures';

/**
 * Issue 10's team list through the app: Maven's sales_teams.csv imported as «Пользователи
 * (команда)» in the wizard. A saved preset naming a column the file lacks and a manager the
 * workspace does not have is picked first (its note lists both, the rest applies), then the
 * committed examples/import/maven-crm/users.json is loaded through «Загрузить сопоставление из
 * файла…». The 35 agents appear under Settings → Team with their managers (made as users too),
 * and undoing the import from the log removes them all. Each new state is shot at 1280×720 (ru).
 */
test.use({ viewport: { width: 1280, height: 720 } });

const TEAMS_CSV = 'test/fixtures/import/maven-crm/sales_teams.csv';
const shot = (name: string) => `test-results/screenshots/import-users-${name}-1280x720.png`;

test('imports a team list as users in the wizard and undoes it', async ({ page, rpc }) => {
  test.setTimeout(120_000);
  const tag = Date.now().toString(36);
  const csv = readFileSync(TEAMS_CSV);
  const agents = parse(csv, { columns: true }) as { sales_agent: string; manager: string }[];
  const managers = [...new Set(agents.map((agent) => agent.manager))];
  expect(agents).toHaveLength(35);
  expect(managers).toHaveLength(6);
  const fileName = `sales_teams-${tag}.csv`;
  const preset = `Команда ${tag}`;
  await rpc('settings.set', { 'ui.language': 'ru' });
  await rpc('imports.savePreset', {
    name: preset,
    mapping: {
      entity: 'users',
      columns: { name: 'sales_agent', email: 'agent_email', manager: 'manager' },
      values: { manager: { 'Dustin Brinkmann': `dustin.${tag}@example.com` } },
    },
  });

  await page.goto('/#/settings');
  await page.getByTestId('import-card').getByRole('button', { name: 'Импортировать из файла…' }).click();
  const wizard = page.getByTestId('import-wizard');
  await wizard.getByRole('radio', { name: 'Пользователи (команда)' }).check();
  await expect(wizard.getByTestId('import-entity-hint')).toContainText('Список команды');
  await page.screenshot({ path: shot('1-file-ru') });
  await wizard.getByTestId('import-file').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: csv });
  await expect(wizard).toHaveAttribute('data-step', 'preview');
  await page.getByRole('button', { name: 'Далее' }).click();
  await expect(wizard).toHaveAttribute('data-step', 'columns');

  const column = (field: string) => wizard.locator(`#import-column-${field}`);
  // The team list's headers suggest the person and their manager.
  await expect(column('name')).toHaveValue('sales_agent');
  // A person has a name, not «Название / ФИО» as a company or a contact.
  await expect(wizard.locator('label[for="import-column-name"]')).toHaveText('Имя');
  await expect(column('manager')).toHaveValue('manager');
  await expect(column('email')).toHaveValue('');
  await expect(column('role')).toHaveValue('');

  // A preset naming a column the file lacks and a manager the workspace has not: both said, the rest applied.
  const outcome = wizard.getByTestId('import-mapping-outcome');
  await wizard.getByTestId('import-preset-pick').selectOption(preset);
  await expect(outcome).toHaveClass(/import-mapping-note-partial/);
  await expect(outcome).toHaveText(
    `Шаблон «${preset}» применён, но в импортируемом файле нет столбцов: agent_email. Эти поля остались без столбца. ` +
      `Не найдены значения: руководитель «Dustin Brinkmann» → «dustin.${tag}@example.com». Они останутся как в файле.`,
  );
  await expect(column('name')).toHaveValue('sales_agent');
  await expect(column('email')).toHaveValue('');
  await page.screenshot({ path: shot('2-preset-partial-ru') });

  await wizard.getByTestId('import-mapping-file').setInputFiles({
    name: 'users.json',
    mimeType: 'application/json',
    buffer: readFileSync('examples/import/maven-crm/users.json'),
  });
  await expect(outcome).toHaveText('Сопоставление из «users.json» загружено.');
  await expect(outcome).not.toHaveClass(/import-mapping-note-partial/);
  await expect(column('name')).toHaveValue('sales_agent');
  await expect(column('manager')).toHaveValue('manager');
  await page.screenshot({ path: shot('3-mapping-file-ru') });

  await page.getByRole('button', { name: 'Далее' }).click();
  await expect(wizard).toHaveAttribute('data-step', 'values');
  // The managers are nobody in the team yet: each becomes a new user (a manager).
  const managerValues = wizard.getByTestId('import-values-manager');
  await expect(managerValues.locator('tbody tr')).toHaveCount(managers.length);
  for (const manager of managers) {
    await expect(managerValues.getByRole('combobox', { name: `Руководитель: ${manager}` })).toHaveValue('');
  }
  await expect(managerValues.getByRole('combobox', { name: 'Руководитель: Dustin Brinkmann' })).toContainText(
    'новый пользователь',
  );
  await expect(wizard.getByRole('checkbox', { name: 'e-mail' })).toBeChecked();
  await expect(wizard.getByRole('checkbox', { name: 'название / ФИО' })).toBeChecked();
  await page.screenshot({ path: shot('4-values-ru') });

  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(wizard).toHaveAttribute('data-step', 'check');
  await expect(wizard.getByTestId('import-count-created')).toContainText('35');
  // Each manager, made as a user when first named, is a warning of its row.
  await expect(wizard.getByTestId('import-count-warnings')).toContainText('6');
  await page.screenshot({ path: shot('5-check-ru') });
  await page.getByRole('button', { name: 'Импортировать', exact: true }).click();
  await expect(wizard).toHaveAttribute('data-step', 'done');
  await page.screenshot({ path: shot('6-done-ru') });
  await page.getByRole('link', { name: 'Открыть: Пользователи (команда)' }).click();

  // Settings → Team: every agent, with their manager.
  const team = page.locator('.team-card');
  // A row by the person's own name (an agent's row also names their manager).
  const person = (name: string) =>
    team.locator('tbody tr').filter({ has: page.locator('.team-name', { hasText: new RegExp(`^${name}`) }) });
  for (const { sales_agent: agent, manager } of agents) {
    await expect(person(agent)).toContainText(`Руководитель: ${manager}`);
    await expect(person(agent)).toContainText('Менеджер по продажам');
  }
  for (const manager of managers) await expect(person(manager).locator('.team-role')).toHaveText('Руководитель');
  await person('Anna Snelling').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('7-team-ru') });

  const row = page.getByTestId('import-log-row').filter({ hasText: fileName });
  await expect(row).toContainText('Пользователи (команда)');
  await expect(row).toContainText('+35');
  await row.getByRole('button', { name: `Отменить импорт: ${fileName}` }).click();
  await page
    .getByRole('dialog', { name: 'Отменить импорт?' })
    .getByRole('button', { name: 'Отменить импорт', exact: true })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Импорт отменён: удалено 41' })).toBeVisible();
  await expect(row).toContainText('отменён');
  for (const name of [...agents.map((agent) => agent.sales_agent), ...managers])
    await expect(person(name)).toHaveCount(0);
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('8-undone-ru') });
});
