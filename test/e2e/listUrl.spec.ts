import { expect, test } from './fixtures';
import { seedDeals } from './support/seedDeals';

/** Search, sort, page, page size and filters of the record tables live in the URL. */
const tag = (prefix: string) => `${prefix}${Date.now().toString(36)}`;

test.beforeEach(async ({ rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
});

test('deals: the list survives a reload, the drawer, and Back from another page', async ({ page, rpc }) => {
  test.setTimeout(90_000);
  const mark = tag('Урл');
  await seedDeals(
    rpc,
    Array.from({ length: 12 }, (_, index) => ({
      title: `${mark} ${String(index + 1).padStart(2, '0')}`,
      valueMinor: (index + 1) * 100_000,
      stageKey: 'qualification',
    })),
  );
  await page.goto('/#/deals');
  const search = page.getByRole('searchbox', { name: 'Поиск' });
  await search.fill(mark);
  await page.getByLabel('Статус', { exact: true }).selectOption('open');
  await page.getByRole('button', { name: 'Сумма' }).click();
  await page.getByRole('button', { name: 'Сумма' }).click();
  await page.getByLabel('Строк на странице').selectOption('10');
  await page.getByRole('button', { name: 'Следующая страница' }).click();
  const firstTitle = page.getByRole('row').nth(1).getByRole('cell').first();
  await expect(firstTitle).toHaveText(`${mark} 02`);
  await expect(page).toHaveURL(/sort=-valueMinor/);

  const expectSameList = async () => {
    await expect(search).toHaveValue(mark);
    await expect(page.getByLabel('Статус', { exact: true })).toHaveValue('open');
    await expect(page.getByRole('columnheader', { name: 'Сумма' })).toHaveAttribute('aria-sort', 'descending');
    await expect(page.getByLabel('Строк на странице')).toHaveValue('10');
    await expect(page.getByTestId('page-info')).toHaveText('11–12 из 12');
    await expect(firstTitle).toHaveText(`${mark} 02`);
  };

  await page.reload();
  await expectSameList();

  // The drawer opens over the same list and Back closes it without losing anything.
  await firstTitle.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expectSameList();

  // Away to another section and Back: the page is rebuilt from the URL.
  await page.getByRole('navigation').getByRole('link', { name: 'Компании' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Компании' })).toBeVisible();
  await page.goBack();
  await expectSameList();

  // The sidebar's link is a fresh list.
  await page.getByRole('navigation').getByRole('link', { name: 'Сделки' }).click();
  await expect(search).toHaveValue('');
  await expect(page.getByLabel('Статус', { exact: true })).toHaveValue('all');
  await expect(page).toHaveURL(/#\/deals$/);
});

test('companies: Back from a company page, and its "All companies" link, return to the same list', async ({
  page,
  rpc,
}) => {
  const mark = tag('Гор');
  const industry = `Агро ${mark}`;
  await rpc('companies.create', { name: `Поле ${mark}`, industry });
  await rpc('companies.create', { name: `Нива ${mark}`, industry });
  await rpc('companies.create', { name: `Станок ${mark}`, industry: `Металл ${mark}` });
  await page.goto('/#/companies');
  await page.getByRole('searchbox', { name: 'Поиск' }).fill(mark);
  await page.getByRole('combobox', { name: 'Отрасль' }).selectOption(`${industry} (2)`);
  await page.getByRole('button', { name: 'Название' }).click();
  await expect(page.getByTestId('companies-count')).toHaveText('2 компании');
  const firstName = page.getByRole('row').nth(1).getByRole('cell').first();
  await expect(firstName).toHaveText(`Поле ${mark}`);

  const expectSameList = async () => {
    await expect(page.getByRole('searchbox', { name: 'Поиск' })).toHaveValue(mark);
    await expect(page.getByRole('combobox', { name: 'Отрасль' })).toHaveValue(industry);
    await expect(page.getByTestId('companies-count')).toHaveText('2 компании');
    await expect(page.getByRole('columnheader', { name: 'Название' })).toHaveAttribute('aria-sort', 'descending');
    await expect(firstName).toHaveText(`Поле ${mark}`);
  };

  await firstName.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 2, name: `Поле ${mark}` })).toBeVisible();
  await page.goBack();
  await expectSameList();

  await firstName.getByRole('link').click();
  await page.getByRole('link', { name: 'Все компании' }).click();
  await expectSameList();

  await page.reload();
  await expectSameList();
});

test('contacts: search and role filter survive a reload', async ({ page, rpc }) => {
  const mark = tag('Люд');
  await rpc('contacts.create', { name: `Пётр ${mark}`, role: 'champion' });
  await rpc('contacts.create', { name: `Анна ${mark}`, role: 'decision_maker' });
  await page.goto('/#/contacts');
  await page.getByRole('searchbox', { name: 'Поиск' }).fill(mark);
  await page.getByRole('combobox', { name: 'Роль', exact: true }).selectOption({ label: 'Сторонник' });
  await expect(page.getByTestId('contacts-count')).toHaveText('1 контакт');

  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Поиск' })).toHaveValue(mark);
  await expect(page.getByRole('combobox', { name: 'Роль', exact: true })).toHaveValue('champion');
  await expect(page.getByTestId('contacts-count')).toHaveText('1 контакт');
  await expect(page.getByRole('row').filter({ hasText: `Пётр ${mark}` })).toBeVisible();
});
