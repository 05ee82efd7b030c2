import { expect, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

test('a custom field is a column target in the import wizard, suggested by its name, read by its type', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = `Цф${Date.now().toString(36)}`;
  const power = await rpc('customFields.create', {
    entity: 'company',
    nameRu: `Мощность ${tag}`,
    nameEn: `Power ${tag}`,
    type: 'number',
  });
  const lines = [`Наименование;Мощность ${tag}`, `ООО «Турбина ${tag}»;1 250,5`, `ООО «Насос ${tag}»;не знаю`];
  await page.goto('/#/settings');
  await page.getByTestId('import-card').getByRole('button', { name: 'Импортировать из файла…' }).click();
  const wizard = page.getByTestId('import-wizard');
  await wizard.getByTestId('import-file').setInputFiles({
    name: `мощность-${tag}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(`${lines.join('\n')}\n`, 'utf8'),
  });
  await expect(wizard).toHaveAttribute('data-step', 'preview');
  const next = page.getByRole('button', { name: 'Далее' });
  await next.click();
  const columns = wizard.getByTestId('import-columns');
  await expect(columns.getByLabel(`Мощность ${tag}`)).toHaveValue(`Мощность ${tag}`);
  await page.screenshot({ path: 'test-results/screenshots/import-custom-field-ru.png' });
  await next.click();
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(wizard).toHaveAttribute('data-step', 'check');
  await expect(wizard.getByTestId('import-count-created')).toContainText('2');
  await expect(wizard.getByTestId('import-warnings')).toContainText('Значение не прочитано для типа поля');
  await page.getByRole('button', { name: 'Импортировать', exact: true }).click();
  await expect(wizard).toHaveAttribute('data-step', 'done');

  const [turbine] = (await rpc('companies.list', { search: `Турбина ${tag}` })).rows;
  expect(await rpc('customFields.values', { entity: 'company', recordId: turbine?.id ?? '' })).toEqual({
    [power.id]: 1250.5,
  });
  const [pump] = (await rpc('companies.list', { search: `Насос ${tag}` })).rows;
  expect(await rpc('customFields.values', { entity: 'company', recordId: pump?.id ?? '' })).toEqual({});
  await rpc('customFields.archive', { id: power.id });
});
