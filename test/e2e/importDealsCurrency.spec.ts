import { expect, test } from './fixtures';

/**
 * A dollar pipeline's deals into a rouble workspace through the wizard: the values step asks the
 * currency of amounts that name none (the workspace's by default), and the deals keep the one
 * picked, the amounts unconverted; a preset saved there brings it back. Shot at 1280×720.
 */
test.use({ viewport: { width: 1280, height: 720 } });

test('imports deals with the currency picked for their amounts', async ({ page, rpc }) => {
  test.setTimeout(90_000);
  const tag = Date.now().toString(36);
  const csv = ['Название;Сумма', `Поставка ${tag} А;12 500,50`, `Поставка ${tag} Б;3 000`].join('\n');
  const file = { name: `сделки-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };
  await rpc('settings.set', { 'ui.language': 'ru' });
  await page.goto('/#/settings');
  await page.getByTestId('import-card').getByRole('button', { name: 'Импортировать из файла…' }).click();
  const wizard = page.getByTestId('import-wizard');
  await wizard.getByRole('radio', { name: 'Сделки' }).check();
  await wizard.getByTestId('import-file').setInputFiles(file);
  await expect(wizard).toHaveAttribute('data-step', 'preview');
  const next = page.getByRole('button', { name: 'Далее' });
  await next.click();
  await expect(wizard.getByTestId('import-columns').getByLabel('Сумма')).toHaveValue('Сумма');
  await next.click();
  const currency = wizard.getByTestId('import-currency');
  // The workspace's currency until another is picked.
  await expect(currency).toHaveValue('RUB');
  await expect(currency.locator('option:checked')).toHaveText(/RUB · .*\(валюта пространства\)/);
  await currency.selectOption('USD');
  await currency.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/import-deals-currency-ru-1280x720.png' });
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(wizard).toHaveAttribute('data-step', 'check');
  await page.getByRole('button', { name: 'Импортировать', exact: true }).click();
  await expect(wizard).toHaveAttribute('data-step', 'done');
  const deals = (await rpc('deals.list', { search: `Поставка ${tag}`, limit: 10 })) as {
    rows: { title: string; valueMinor: number; currency: string }[];
  };
  expect(
    deals.rows
      .map(({ title, valueMinor, currency: code }) => ({ title, valueMinor, currency: code }))
      .sort((a, b) => a.title.localeCompare(b.title)),
  ).toEqual([
    { title: `Поставка ${tag} А`, valueMinor: 1_250_050, currency: 'USD' },
    { title: `Поставка ${tag} Б`, valueMinor: 300_000, currency: 'USD' },
  ]);
});
