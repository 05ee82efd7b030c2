import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';
import { holdCalls } from './support/holdCalls';

const tag = () => `К${Date.now().toString(36)}`;

test.beforeEach(async ({ rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
});

test('a contact is created with a company picked by a Cyrillic search, and shows in the table', async ({
  page,
  rpc,
}) => {
  const mark = tag();
  const { company } = await rpc('companies.create', { name: `ГК Волга Трейд ${mark}` });
  await page.goto('/#/contacts');
  await page.getByRole('button', { name: 'Новый контакт' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Новый контакт' });
  await expect(dialog.getByLabel('Имя')).toBeFocused();
  await dialog.getByLabel('Имя').fill(`Пётр Ильин ${mark}`);

  const picker = dialog.getByRole('combobox', { name: 'Компания' });
  await picker.fill(`волга трейд ${mark.toLowerCase()}`);
  await dialog.getByRole('option', { name: `ГК Волга Трейд ${mark}` }).click();
  await expect(picker).toHaveValue(`ГК Волга Трейд ${mark}`);

  await dialog.getByLabel('E-mail').fill('not-an-address');
  await dialog.getByRole('button', { name: 'Создать контакт' }).click();
  await expect(dialog.getByTestId('contact-email-error')).toHaveText('Неверный адрес e-mail');
  await dialog.getByLabel('E-mail').fill(`ilin.${mark}@volga.ru`);
  await dialog.getByLabel('Роль в сделке').selectOption({ label: 'Сторонник' });
  await dialog.getByRole('button', { name: 'Создать контакт' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('searchbox', { name: 'Поиск' }).fill(mark);
  const row = page.getByRole('row').filter({ hasText: `Пётр Ильин ${mark}` });
  await expect(row).toBeVisible();
  await expect(row.getByRole('link', { name: `ГК Волга Трейд ${mark}` })).toHaveAttribute(
    'href',
    `#/companies/${company.id}`,
  );
  await expect(row).toContainText('Сторонник');
  const stored = await rpc('contacts.list', { search: mark });
  expect(stored.rows[0]).toMatchObject({
    companyId: company.id,
    role: 'champion',
    email: `ilin.${mark}@volga.ru`.toLowerCase(),
  });
});

test('the same e-mail or phone is warned about while typing; saving still works', async ({ page, rpc }) => {
  const mark = tag();
  const email = `anna.${mark}@sever.ru`;
  await rpc('contacts.create', { name: `Анна Смирнова ${mark}`, email, phone: '+7 (495) 123-45-67' });
  await page.goto('/#/contacts');
  await page.getByRole('button', { name: 'Новый контакт' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Новый контакт' });
  await dialog.getByLabel('Имя').fill(`Анна С. ${mark}`);
  await dialog.getByLabel('E-mail').fill(email.toUpperCase());
  await expect(dialog.getByTestId('duplicates-notice')).toContainText(
    `Возможный дубль: Анна Смирнова ${mark} (тот же e-mail)`,
  );
  await dialog.getByRole('button', { name: 'Создать контакт' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Контакт сохранён, но похож на существующий' }),
  ).toBeVisible();
  expect((await rpc('contacts.list', { search: mark })).total).toBe(2);
});

test('filters by company and role, sorts, edits and deletes with undo', async ({ page, rpc }) => {
  const mark = tag();
  const { company } = await rpc('companies.create', { name: `Балтик ${mark}` });
  await rpc('contacts.create', { name: `Борис ${mark}`, companyId: company.id, role: 'decision_maker' });
  await rpc('contacts.create', { name: `Вера ${mark}`, companyId: company.id, role: 'user' });
  await rpc('contacts.create', { name: `Глеб ${mark}`, role: 'user' });
  await page.goto('/#/contacts');
  await page.getByRole('searchbox', { name: 'Поиск' }).fill(mark);
  await expect(page.getByTestId('contacts-count')).toHaveText('3 контакта');

  const filters = page.getByRole('group', { name: 'Фильтры' });
  await filters.getByRole('combobox', { name: 'Компания' }).fill(`Балтик ${mark}`);
  await page.getByRole('option', { name: `Балтик ${mark}` }).click();
  await expect(page.getByTestId('contacts-count')).toHaveText('2 контакта');
  await filters.getByRole('combobox', { name: 'Роль' }).selectOption({ label: 'Пользователь' });
  await expect(page.getByTestId('contacts-count')).toHaveText('1 контакт');
  await expect(page.getByRole('row').nth(1)).toContainText(`Вера ${mark}`);
  await filters.getByRole('button', { name: 'Убрать компанию' }).click();
  await expect(page.getByTestId('contacts-count')).toHaveText('2 контакта');
  await filters.getByRole('combobox', { name: 'Роль' }).selectOption({ label: 'Все роли' });

  await page.getByRole('button', { name: 'Имя' }).click();
  await expect(page.getByRole('row').nth(1)).toContainText(`Глеб ${mark}`);

  // A row opens the person's page; edits are made there, and the table shows them on the way back.
  await page
    .getByRole('row')
    .filter({ hasText: `Борис ${mark}` })
    .getByRole('cell')
    .nth(2)
    .click();
  const contactPage = page.getByTestId('contact-page');
  await expect(contactPage.getByRole('heading', { name: `Борис ${mark}` })).toBeVisible();
  await contactPage.getByRole('button', { name: 'Изменить' }).click();
  const dialog = page.getByRole('dialog', { name: 'Контакт' });
  await expect(dialog.getByLabel('Имя')).toHaveValue(`Борис ${mark}`);
  await dialog.getByLabel('Должность').fill('Генеральный директор');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toBeHidden();
  await expect(contactPage).toContainText('Генеральный директор');
  await page.getByRole('link', { name: 'Все контакты' }).click();
  await expect(page.getByTestId('contacts-count')).toHaveText('3 контакта');
  await expect(page.getByRole('row').filter({ hasText: `Борис ${mark}` })).toContainText('Генеральный директор');

  // Deleted from its page: the page says so and offers Restore; the toast's Undo brings it back.
  await page.getByRole('link', { name: `Борис ${mark}`, exact: true }).click();
  await contactPage.getByRole('button', { name: 'Изменить' }).click();
  await dialog.getByRole('button', { name: 'Удалить' }).click();
  await expect(dialog).toBeHidden();
  await expect(contactPage.getByRole('status')).toContainText('Контакт удалён');
  await page
    .getByRole('status')
    .filter({ hasText: `Контакт «Борис ${mark}» удалён` })
    .getByRole('button', { name: 'Отменить' })
    .click();
  await expect(contactPage.getByRole('button', { name: 'Восстановить' })).toHaveCount(0);
  await expect(contactPage.getByTestId('timeline-entry').filter({ hasText: 'Контакт восстановлен' })).toBeVisible();
  await page.getByRole('link', { name: 'Все контакты' }).click();
  await expect(page.getByTestId('contacts-count')).toHaveText('3 контакта');
});

test('a phone typed with a trunk prefix and an extension is saved in international form; the default country reads national numbers', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'workspace.phoneCountry': 'RU' });
  const mark = tag();
  const create = async (name: string, phone: string) => {
    await page.getByRole('button', { name: 'Новый контакт' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Новый контакт' });
    await dialog.getByLabel('Имя').fill(name);
    await dialog.getByLabel('Телефон').fill(phone);
    await dialog.getByRole('button', { name: 'Создать контакт' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('searchbox', { name: 'Поиск' }).fill(name);
    return page.getByRole('row').filter({ hasText: name });
  };
  await page.goto('/#/contacts');
  const ivan = await create(`Иван Петров ${mark}`, '8 (912) 345-67-89 доб. 12');
  // Opened again (from the person's page), the form shows the number as it was stored.
  await ivan.click();
  await page.getByTestId('contact-page').getByRole('button', { name: 'Изменить' }).click();
  const edit = page.getByRole('dialog', { name: 'Контакт' });
  await expect(edit.getByLabel('Телефон')).toHaveValue('+7 912 345 67 89 ext. 12');
  await edit.getByRole('button', { name: 'Отмена' }).click();
  await expect(edit).toBeHidden();
  const [stored] = (await rpc('contacts.list', { search: `Иван Петров ${mark}` })).rows;
  expect(stored).toMatchObject({ phone: '+7 912 345 67 89 ext. 12', phoneNormalized: '+79123456789;ext=12' });

  // Settings: Kazakhstan as the default phone country, picked from the list by its name.
  await page.goto('/#/settings');
  await page.getByLabel('Страна телефонов по умолчанию').selectOption({ label: 'Казахстан (+7)' });
  await expect(page.getByRole('status').filter({ hasText: 'Настройки сохранены' })).toBeVisible();
  expect((await rpc('settings.get'))['workspace.phoneCountry']).toBe('KZ');
  await page.screenshot({ path: 'test-results/screenshots/settings-phone-country-ru-1280x720.png' });

  await page.goto('/#/contacts');
  const aigul = await create(`Айгуль Сейтова ${mark}`, '(701) 234-56-78');
  await aigul.click();
  await page.getByTestId('contact-page').getByRole('button', { name: 'Изменить' }).click();
  await expect(page.getByRole('dialog', { name: 'Контакт' }).getByLabel('Телефон')).toHaveValue('+7 701 234 5678');
  await page.getByRole('dialog', { name: 'Контакт' }).getByRole('button', { name: 'Отмена' }).click();
  // Ivan's number is as it was: switching the country re-keys nothing.
  const [again] = (await rpc('contacts.list', { search: `Иван Петров ${mark}` })).rows;
  expect(again).toMatchObject({ phone: '+7 912 345 67 89 ext. 12', phoneNormalized: '+79123456789;ext=12' });

  // A national number that is no number in the default country is refused on its field.
  await rpc('settings.set', { 'workspace.phoneCountry': 'RU' });
  await page.getByRole('link', { name: 'Все контакты' }).click();
  await page.getByRole('button', { name: 'Новый контакт' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Новый контакт' });
  await dialog.getByLabel('Имя').fill(`Ошибка ${mark}`);
  await dialog.getByLabel('Телефон').fill('030 1234567'); // Berlin, without +49
  await dialog.getByRole('button', { name: 'Создать контакт' }).click();
  await expect(dialog.getByTestId('contact-phone-error')).toHaveText('Неверный номер телефона');
  await rpc('settings.set', { 'workspace.phoneCountry': 'RU' });
});

test('a contact’s page: who they are, their deals (opening over the page), custom fields, and their history; A logs on them', async ({
  page,
  rpc,
}) => {
  const mark = tag();
  const { company } = await rpc('companies.create', { name: `ООО «Меридиан» ${mark}` });
  const { contact } = await rpc('contacts.create', {
    name: `Ольга Смирнова ${mark}`,
    companyId: company.id,
    jobTitle: 'Директор по логистике',
    role: 'decision_maker',
    email: 'olga@meridian.example',
    phone: '+7 912 345-67-80',
  });
  const deal = await rpc('deals.create', {
    pipelineId: DEFAULT_PIPELINE.id,
    title: `Поставка ${mark}`,
    companyId: company.id,
    contactId: contact.id,
    valueMinor: 1_500_000_00,
  });
  await rpc('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: `Чужая ${mark}`, companyId: company.id });
  await rpc('activities.log', { type: 'call', contactId: contact.id, subject: `Знакомство ${mark}` });

  // From the company page, the person's name leads to their page.
  await page.goto(`/#/companies/${company.id}`);
  await page.getByRole('link', { name: `Ольга Смирнова ${mark}` }).click();
  const contactPage = page.getByTestId('contact-page');
  await expect(contactPage.getByRole('heading', { name: `Ольга Смирнова ${mark}` })).toBeVisible();
  await expect(contactPage).toContainText('Директор по логистике');
  await expect(contactPage).toContainText('ЛПР');
  await expect(contactPage.getByRole('link', { name: 'olga@meridian.example' })).toHaveAttribute(
    'href',
    'mailto:olga@meridian.example',
  );
  await expect(contactPage.getByRole('link', { name: `ООО «Меридиан» ${mark}` })).toHaveAttribute(
    'href',
    `#/companies/${company.id}`,
  );
  // Only this person's deals, not the company's others.
  await expect(contactPage.getByTestId('company-deal')).toHaveCount(1);
  await expect(contactPage.getByTestId('company-deal')).toContainText(`Поставка ${mark}`);
  const history = contactPage.getByTestId('timeline-entry');
  await expect(history.filter({ hasText: `Знакомство ${mark}` })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/contact-page-ru-1280x720.png' });

  // A on the page logs on the person, their company filled in.
  await page.keyboard.press('a');
  const form = page.getByRole('dialog', { name: `Новая активность: Ольга Смирнова ${mark}` });
  await form.getByLabel('Тема').fill(`Договорились о встрече ${mark}`);
  await form.getByTestId('activity-submit').click();
  await expect(form).toBeHidden();
  await expect(history.filter({ hasText: `Договорились о встрече ${mark}` })).toBeVisible();
  const logged = await rpc('timeline.page', { subject: 'contact', id: contact.id, types: ['activity'] });
  expect(logged.entries.flatMap((entry) => (entry.kind === 'activity' ? [entry.activity] : []))).toContainEqual(
    expect.objectContaining({ subject: `Договорились о встрече ${mark}`, companyId: company.id }),
  );

  // The deal opens over the page and closes back onto it.
  await contactPage
    .getByTestId('company-deal')
    .getByRole('link', { name: `Поставка ${mark}` })
    .click();
  const drawer = page.getByRole('dialog', { name: `Поставка ${mark}` });
  await expect(drawer).toBeVisible();
  expect(page.url()).toContain(`#/contacts/${contact.id}?deal=${deal.id}`);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(contactPage).toBeVisible();
});

test('the edit form reopened at once after a save starts from the saved values, before the page has reloaded', async ({
  page,
  rpc,
}) => {
  const { contact } = await rpc('contacts.create', { name: `Дарья ${Date.now()}` });
  await page.goto(`/#/contacts/${contact.id}`);
  const contactPage = page.getByTestId('contact-page');
  await expect(contactPage.getByRole('heading', { name: contact.name })).toBeVisible();
  const reloads = await holdCalls(page, 'contacts.get');

  await contactPage.getByRole('button', { name: 'Изменить' }).click();
  const dialog = page.getByRole('dialog', { name: 'Контакт' });
  await dialog.getByLabel('Должность').fill('Главный инженер');
  // The page's reload after the save is held: the form must not start from the person it had.
  reloads.hold();
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toBeHidden();
  await expect(contactPage).toContainText('Главный инженер');
  await contactPage.getByRole('button', { name: 'Изменить' }).click();
  await expect(dialog.getByLabel('Должность')).toHaveValue('Главный инженер');
  reloads.release();
});
