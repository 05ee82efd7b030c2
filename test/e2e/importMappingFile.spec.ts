import { readFileSync } from 'node:fs';
import { importMappingSchema } from '@shared/contract/schemas/imports';
import { expect, test } from './fixtures';

/**
 * The README's Maven sample through the app, not the CLI: a CSV with the accounts' headers, the
 * committed examples/import/maven-crm/companies.json loaded in the wizard's columns step (after
 * a mapping for deals, refused with nothing changed, and one naming a column the file lacks), the
 * mapping saved back to a file the CLI reads, and the companies as the CLI would make them: the
 * sector's typo corrected, notes from the template. Shot at 1280×720.
 */
test.use({ viewport: { width: 1280, height: 720 } });

const MAPPINGS = 'examples/import/maven-crm';
const shot = (name: string) => `test-results/screenshots/import-mapping-file-${name}-1280x720.png`;
const jsonFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('loads a mapping file in the import wizard and imports by it', async ({ page, rpc }) => {
  test.setTimeout(90_000);
  const tag = Date.now().toString(36);
  const csv = [
    'account,sector,year_established,revenue,employees,office_location,subsidiary_of',
    `Acme ${tag},technolgy,1996,1100.04,2822,United States,`,
    `Betasoloin ${tag},medical,1999,251.41,495,United States,Acme ${tag}`,
  ].join('\n');
  await rpc('settings.set', { 'ui.language': 'ru' });
  // A saved preset too: the file control stands beside the preset picker.
  await rpc('imports.savePreset', {
    name: `Maven ${tag}`,
    mapping: { entity: 'companies', columns: { name: 'account' } },
  });
  await page.goto('/#/settings');
  await page.getByTestId('import-card').getByRole('button', { name: 'Импортировать из файла…' }).click();
  const wizard = page.getByTestId('import-wizard');
  await wizard.getByRole('radio', { name: 'Компании' }).check();
  await wizard
    .getByTestId('import-file')
    .setInputFiles({ name: `accounts-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(wizard).toHaveAttribute('data-step', 'preview');
  await page.getByRole('button', { name: 'Далее' }).click();
  await expect(wizard).toHaveAttribute('data-step', 'columns');

  const mappingFile = wizard.getByTestId('import-mapping-file');
  const outcome = wizard.getByTestId('import-mapping-outcome');
  const column = (field: string) => wizard.locator(`#import-column-${field}`);
  const suggested = await column('name').inputValue();
  // A mapping for deals while companies are imported: said so, and nothing mapped is lost.
  await mappingFile.setInputFiles(jsonFile('deals.json', readFileSync(`${MAPPINGS}/deals.json`, 'utf8')));
  await expect(outcome).toHaveRole('alert');
  await expect(outcome).toHaveText(
    'Файл сопоставления «deals.json» — для импорта сделок, а выбран импорт компаний. Ничего не изменено.',
  );
  await expect(column('name')).toHaveValue(suggested);
  await page.screenshot({ path: shot('refused-ru') });

  // A column the file lacks is listed; what matches is applied.
  const partial = { entity: 'companies', columns: { name: 'account', website: 'site_url', region: 'office_location' } };
  await mappingFile.setInputFiles(jsonFile('partial.json', JSON.stringify(partial)));
  await expect(outcome).toHaveText(
    'Сопоставление из «partial.json» загружено, но в импортируемом файле нет столбцов: site_url. Эти поля остались без столбца.',
  );
  await expect(column('region')).toHaveValue('office_location');
  await expect(column('website')).toHaveValue('');

  const companiesJson = readFileSync(`${MAPPINGS}/companies.json`, 'utf8');
  await mappingFile.setInputFiles(jsonFile('companies.json', companiesJson));
  await expect(outcome).toHaveRole('status');
  await expect(outcome).toHaveText('Сопоставление из «companies.json» загружено.');
  await expect(column('name')).toHaveValue('account');
  await expect(column('industry')).toHaveValue('sector');
  const notes = JSON.parse(companiesJson).columns.notes as string;
  await expect(column('notes')).toHaveValue(notes);
  await expect(column('notes').locator('option:checked')).toHaveText(notes);
  await page.screenshot({ path: shot('loaded-ru') });
  await column('notes').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('template-ru') });

  await page.getByRole('button', { name: 'Далее' }).click();
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(wizard).toHaveAttribute('data-step', 'check');
  await wizard.getByTestId('import-mapping-save').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('check-ru') });
  // Saved back, it is the file that was loaded: the CLI or a colleague gets the same mapping.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    wizard.getByRole('button', { name: 'Сохранить сопоставление в файл' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('сопоставление-companies.json');
  const saved: unknown = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(importMappingSchema.parse(saved)).toEqual(importMappingSchema.parse(JSON.parse(companiesJson)));

  await page.getByRole('button', { name: 'Импортировать', exact: true }).click();
  await expect(wizard).toHaveAttribute('data-step', 'done');
  const companies = (await rpc('companies.list', { search: tag, limit: 10 })) as {
    rows: { name: string; industry: string | null; region: string | null; notes: string | null }[];
  };
  expect(
    companies.rows
      .map(({ name, industry, region, notes: text }) => ({ name, industry, region, notes: text }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  ).toEqual([
    {
      name: `Acme ${tag}`,
      industry: 'technology',
      region: 'United States',
      notes: 'Est. 1996; revenue 1100.04 M USD; 2822 employees',
    },
    {
      name: `Betasoloin ${tag}`,
      industry: 'medical',
      region: 'United States',
      notes: `Est. 1999; revenue 251.41 M USD; 495 employees; part of Acme ${tag}`,
    },
  ]);
});
