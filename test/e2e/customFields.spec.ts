import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';
import { holdCalls } from './support/holdCalls';

const SHOTS = 'test-results/screenshots';

/**
 * Issue 16 #1: a select and a number field defined on deals in Settings, filled in the deal
 * drawer, shown as deals-table columns, sorted and filtered by; screenshots in ru and en.
 */
test('custom fields: define in Settings, fill in the drawer, sort and filter the deals table by them', async ({
  page,
  rpc,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = `ДП${Date.now().toString(36)}`;
  const make = (title: string) => rpc('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: `${tag} ${title}` });
  const [alpha, beta, gamma] = [await make('Альфа'), await make('Бета'), await make('Гамма')];
  const region = `Регион дилера ${tag}`;
  const machines = `Станков в парке ${tag}`;

  await page.goto('/#/settings');
  const card = page.getByTestId('custom-fields-card');
  await card.getByRole('button', { name: 'Добавить поле' }).click();
  let dialog = page.getByRole('dialog', { name: 'Новое поле' });
  await dialog.getByLabel('Название (русское)').fill(region);
  await dialog.getByLabel('Название (английское)').fill(`Dealer region ${tag}`);
  await dialog.getByLabel('Тип').selectOption({ label: 'Список' });
  for (const [index, label] of ['Москва', 'Урал'].entries()) {
    await dialog.getByRole('button', { name: 'Добавить вариант' }).click();
    await dialog.getByLabel(`Вариант ${index + 1}`, { exact: true }).fill(label);
  }
  await dialog.getByLabel('Цвет варианта 2').selectOption({ label: 'Зелёный' });
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toBeHidden();

  await card.getByRole('button', { name: 'Добавить поле' }).click();
  dialog = page.getByRole('dialog', { name: 'Новое поле' });
  // An empty name is refused in the form, translated.
  await dialog.getByLabel('Тип').selectOption({ label: 'Число' });
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Введите название');
  await dialog.getByLabel('Название (русское)').fill(machines);
  await dialog.getByLabel('Название (английское)').fill(`Machines in the fleet ${tag}`);
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toBeHidden();
  await expect(card.getByText(machines)).toBeVisible();
  await expect(card.getByText('Урал').first()).toBeVisible();
  await card.screenshot({ path: `${SHOTS}/custom-fields-settings-ru-1280x720.png` });

  // Fill both in Альфа's drawer; Бета gets hers through the API, Гамма none.
  await page.goto(`/#/deals?deal=${alpha.id}`);
  const drawer = page.getByRole('dialog', { name: `${tag} Альфа` });
  const fields = await rpc('customFields.list', { entity: 'deal' });
  const regionField = fields.find((field) => field.nameRu === region)!;
  const machinesField = fields.find((field) => field.nameRu === machines)!;
  const [moscow, ural] = regionField.options.map((option) => option.id);
  await drawer.getByLabel(machines).fill('12,5');
  await drawer.getByLabel(machines).press('Enter');
  await expect(drawer.getByLabel(machines)).toHaveValue('12,5');
  await expect
    .poll(async () => Object.values(await rpc('customFields.values', { entity: 'deal', recordId: alpha.id })))
    .toContain(12.5);
  // What is being typed survives a refresh: a change to this very field made elsewhere lands while
  // the box has focus (as a save's own echo can); the typing stays, and saving it wins.
  await drawer.getByLabel(machines).fill('abc');
  await rpc('customFields.setValues', {
    entity: 'deal',
    recordId: alpha.id,
    values: { [regionField.id]: moscow!, [machinesField.id]: 7 },
  });
  await expect(drawer.getByLabel(region)).toHaveValue(moscow!);
  await expect(drawer.getByLabel(machines)).toHaveValue('abc');
  await expect(drawer.getByLabel(machines)).toBeFocused();
  await drawer.getByLabel(machines).press('Enter');
  await expect(drawer.getByRole('alert').filter({ hasText: 'Введите число' })).toBeVisible();
  await drawer.getByLabel(machines).fill('12,5');
  await drawer.getByLabel(machines).press('Tab');
  await expect(drawer.getByRole('alert').filter({ hasText: 'Введите число' })).toHaveCount(0);
  await drawer.getByLabel(region).selectOption({ label: 'Урал' });
  await drawer.screenshot({ path: `${SHOTS}/custom-fields-drawer-ru-1280x720.png` });
  await expect
    .poll(() => rpc('customFields.values', { entity: 'deal', recordId: alpha.id }))
    .toEqual({ [regionField.id]: ural, [machinesField.id]: 12.5 });
  await rpc('customFields.setValues', {
    entity: 'deal',
    recordId: beta.id,
    values: { [regionField.id]: moscow!, [machinesField.id]: 40 },
  });
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // The table: both as columns, sorted by the number (empty last), filtered by the select and a range.
  await page.goto('/#/deals');
  await page.getByRole('searchbox', { name: 'Поиск' }).fill(tag);
  await expect(page.getByTestId('deals-count')).toHaveText('3 сделки');
  await page.getByRole('button', { name: 'Столбцы' }).click();
  const chooser = page.getByRole('group', { name: 'Показывать столбцы' });
  await chooser.getByRole('checkbox', { name: region }).check();
  await chooser.getByRole('checkbox', { name: machines }).check();
  await page.keyboard.press('Escape');
  const titles = page.getByRole('row').locator('td:first-child');
  await page.getByRole('button', { name: machines }).click();
  await expect(titles).toHaveText([`${tag} Альфа`, `${tag} Бета`, `${tag} Гамма`]);
  await page.getByRole('button', { name: machines }).click();
  await expect(titles).toHaveText([`${tag} Бета`, `${tag} Альфа`, `${tag} Гамма`]);
  await expect(page.getByRole('row').filter({ hasText: `${tag} Альфа` })).toContainText('12,5');
  await expect(page.getByRole('row').filter({ hasText: `${tag} Альфа` })).toContainText('Урал');

  await page.getByLabel(`Фильтр по полю «${region}»`).selectOption({ label: `${region}: Урал` });
  await expect(titles).toHaveText([`${tag} Альфа`]);
  await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
  await expect(titles).toHaveCount(3);
  await page.getByLabel(`${machines}: от`).fill('20');
  await page.getByLabel(`${machines}: от`).press('Enter');
  await expect(titles).toHaveText([`${tag} Бета`]);
  await expect(page).toHaveURL(/custom=/);
  await page.reload();
  await expect(titles).toHaveText([`${tag} Бета`]);
  await page.getByLabel(`${machines}: от`).fill('');
  await page.getByLabel(`${machines}: от`).press('Enter');
  await expect(titles).toHaveCount(3);
  await page.screenshot({ path: `${SHOTS}/custom-fields-deals-table-ru-1280x720.png` });

  await rpc('settings.set', { 'ui.language': 'en' });
  await page.goto('/#/settings');
  await expect(page.getByTestId('custom-fields-card').getByText(`Machines in the fleet ${tag}`)).toBeVisible();
  await page.getByTestId('custom-fields-card').screenshot({ path: `${SHOTS}/custom-fields-settings-en-1280x720.png` });
  await page.goto(`/#/deals?deal=${alpha.id}`);
  await expect(page.getByRole('dialog', { name: `${tag} Альфа` }).getByLabel(`Dealer region ${tag}`)).toHaveValue(
    ural!,
  );
  await page
    .getByRole('dialog', { name: `${tag} Альфа` })
    .screenshot({ path: `${SHOTS}/custom-fields-drawer-en-1280x720.png` });
  await page.keyboard.press('Escape');
  await page.getByRole('searchbox', { name: 'Search' }).fill(tag);
  await page.getByRole('button', { name: `Machines in the fleet ${tag}` }).click();
  await expect(titles).toHaveText([`${tag} Альфа`, `${tag} Бета`, `${tag} Гамма`]);
  await page.screenshot({ path: `${SHOTS}/custom-fields-deals-table-en-1280x720.png` });
  await rpc('settings.set', { 'ui.language': 'ru' });
  void gamma;
});

/** Issue 16: a custom value edited in the deal drawer is a line of the deal's history, named and formatted. */
test('history: a custom field edited in the deal drawer shows in the timeline old → new', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = `ИС${Date.now().toString(36)}`;
  const deal = await rpc('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: `${tag} Сделка` });
  const tender = `Номер тендера ${tag}`;
  await rpc('customFields.create', { entity: 'deal', nameRu: tender, nameEn: `Tender number ${tag}`, type: 'text' });

  await page.goto(`/#/deals?deal=${deal.id}`);
  const drawer = page.getByRole('dialog', { name: `${tag} Сделка` });
  await drawer.getByLabel(tender).fill('T-123');
  await drawer.getByLabel(tender).press('Enter');
  const line = drawer.getByTestId('timeline-entry').filter({ hasText: `Изменено поле «${tender}»` });
  await expect(line).toHaveCount(1);
  await expect(line.locator('.timeline-old')).toHaveText('—');
  await expect(line.locator('.timeline-new')).toHaveText('T-123');
});

test('multi-select in the drawer: a tick made while the value reloads after the one before keeps both', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = `МВ${Date.now().toString(36)}`;
  const deal = await rpc('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: `${tag} Сделка` });
  const works = await rpc('customFields.create', {
    entity: 'deal',
    nameRu: `Работы ${tag}`,
    nameEn: `Works ${tag}`,
    type: 'multi_select',
    options: [
      { label: `Доставка ${tag}`, colour: 'blue' },
      { label: `Монтаж ${tag}`, colour: 'green' },
    ],
  });
  try {
    const [delivery, mounting] = works.options.map((option) => option.id);

    await page.goto(`/#/deals?deal=${deal.id}`);
    const drawer = page.getByRole('dialog', { name: `${tag} Сделка` });
    const box = (label: string) => drawer.getByRole('checkbox', { name: `${label} ${tag}` });
    await expect(box('Доставка')).not.toBeChecked();
    // Each save is answered; the reload of the deal's values after it is held on its way.
    const reloads = await holdCalls(page, 'customFields.values');
    const saves = await holdCalls(page, 'customFields.setValues');
    reloads.hold();
    await box('Доставка').click();
    await expect.poll(saves.answered).toBe(1);
    await box('Монтаж').click();
    await expect.poll(saves.answered).toBe(2);
    const saved = await rpc('customFields.values', { entity: 'deal', recordId: deal.id });
    expect(saved[works.id]).toEqual([delivery, mounting]);
    reloads.release();
    await expect(box('Доставка')).toBeChecked();
    await expect(box('Монтаж')).toBeChecked();
  } finally {
    // Other specs on this host fill New deal's form, which folds optional fields past four.
    await rpc('customFields.archive', { id: works.id });
  }
});

test('settings: two quick clicks on "up" move a field up two places, however the requests travel', async ({
  page,
  rpc,
}) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = `ПП${Date.now().toString(36)}`;
  const created: string[] = [];
  for (const name of ['Альфа', 'Бета', 'Гамма']) {
    const field = await rpc('customFields.create', {
      entity: 'contact',
      nameRu: `${name} ${tag}`,
      nameEn: `${name} ${tag}`,
      type: 'text',
    });
    created.push(field.id);
  }
  const mine = async () =>
    (await rpc('customFields.list', { entity: 'contact' }))
      .filter((field) => field.nameRu.endsWith(tag))
      .map((field) => field.nameRu.split(' ')[0]);

  try {
    await page.goto('/#/settings');
    const card = page.getByTestId('custom-fields-card');
    await card.getByRole('radio', { name: 'Контакты' }).check();
    const up = card.getByRole('button', { name: `Выше: «Гамма ${tag}»` });
    // The first move's save is held on its way: the second click is made before the list reloads.
    const reorders = await holdCalls(page, 'customFields.reorder');
    reorders.holdNext();
    await up.click();
    await up.click();
    reorders.release();
    await expect.poll(reorders.answered).toBe(2);
    expect(await mine()).toEqual(['Гамма', 'Альфа', 'Бета']);
    await expect(card.locator('.cf-row-name').filter({ hasText: tag })).toHaveText([
      `Гамма ${tag}`,
      `Альфа ${tag}`,
      `Бета ${tag}`,
    ]);
  } finally {
    // Other specs on this host fill the contact form, which folds optional fields past four.
    for (const id of created) await rpc('customFields.archive', { id });
  }
});

/** Issue 16: a company custom field as a companies-table column, sorted and filtered on the server, in the URL. */
test('companies table: a custom field column sorts and filters the companies', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = `КТ${Date.now().toString(36)}`;
  const staff = `Штат ${tag}`;
  const field = await rpc('customFields.create', {
    entity: 'company',
    nameRu: staff,
    nameEn: `Staff ${tag}`,
    type: 'number',
  });
  for (const [name, value] of [
    ['Альфа', 120],
    ['Бета', 15],
    ['Гамма', null],
  ] as const) {
    const { company } = await rpc('companies.create', { name: `${tag} ${name}` });
    if (value !== null) {
      await rpc('customFields.setValues', { entity: 'company', recordId: company.id, values: { [field.id]: value } });
    }
  }

  await page.goto('/#/companies');
  await page.getByRole('searchbox', { name: 'Поиск' }).fill(tag);
  await expect(page.getByTestId('companies-count')).toHaveText('3 компании');
  await page.getByRole('button', { name: 'Столбцы' }).click();
  await page.getByRole('group', { name: 'Показывать столбцы' }).getByRole('checkbox', { name: staff }).check();
  await page.keyboard.press('Escape');
  const names = page.getByRole('row').locator('td:first-child');
  await page.getByRole('button', { name: staff }).click();
  await expect(names).toHaveText([`${tag} Бета`, `${tag} Альфа`, `${tag} Гамма`]);
  await expect(page.getByRole('row').filter({ hasText: `${tag} Альфа` })).toContainText('120');
  await page.getByLabel(`${staff}: от`).fill('100');
  await page.getByLabel(`${staff}: от`).press('Enter');
  await expect(names).toHaveText([`${tag} Альфа`]);
  await expect(page).toHaveURL(/custom=/);
  await page.reload();
  await expect(names).toHaveText([`${tag} Альфа`]);
});

/** Issue 16 bug: company and contact reference columns show the referenced record's name, not its id. */
test('deals table: company and contact reference columns show names', async ({ page, rpc }) => {
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = `СС${Date.now().toString(36)}`;
  const dealerField = `Дилер ${tag}`;
  const referrerField = `Рекомендатель ${tag}`;
  const dealer = await rpc('customFields.create', {
    entity: 'deal',
    nameRu: dealerField,
    nameEn: `Dealer ${tag}`,
    type: 'company',
  });
  const referrer = await rpc('customFields.create', {
    entity: 'deal',
    nameRu: referrerField,
    nameEn: `Referrer ${tag}`,
    type: 'contact',
  });
  // New deal shows the first four optional fields: these leave the form to the specs after this one.
  try {
    const { company } = await rpc('companies.create', { name: `ООО Дилер ${tag}` });
    const { contact } = await rpc('contacts.create', { name: `Пётр ${tag}` });
    const deal = await rpc('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: `${tag} Поставка` });
    await rpc('customFields.setValues', {
      entity: 'deal',
      recordId: deal.id,
      values: { [dealer.id]: company.id, [referrer.id]: contact.id },
    });

    await page.goto('/#/deals');
    await page.getByRole('searchbox', { name: 'Поиск' }).fill(`${tag} Поставка`);
    await expect(page.getByTestId('deals-count')).toHaveText('1 сделка');
    await page.getByRole('button', { name: 'Столбцы' }).click();
    const chooser = page.getByRole('group', { name: 'Показывать столбцы' });
    await chooser.getByRole('checkbox', { name: dealerField }).check();
    await chooser.getByRole('checkbox', { name: referrerField }).check();
    await page.keyboard.press('Escape');
    const row = page.getByRole('row').filter({ hasText: `${tag} Поставка` });
    await expect(row).toContainText(`ООО Дилер ${tag}`);
    await expect(row).toContainText(`Пётр ${tag}`);
    await expect(row).not.toContainText(company.id);
    await expect(row).not.toContainText(contact.id);
  } finally {
    await rpc('customFields.archive', { id: dealer.id });
    await rpc('customFields.archive', { id: referrer.id });
  }
});

/**
 * Issue 16 #3: Ctrl+K from any page finds a contact by a phone typed in another format and a deal
 * by a word of its title; arrows and Enter open them (contact form, deal drawer); screenshots.
 */
test('search: Ctrl+K finds records by phone in any format and by name, Enter opens them', async ({ page, rpc }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = `Пс${Date.now().toString(36)}`;
  // A number of this run: the shared host holds other specs' contacts too.
  const local = String(Date.now() % 10_000_000).padStart(7, '1');
  const { company } = await rpc('companies.create', { name: `${tag} Ёлочка` });
  const { contact } = await rpc('contacts.create', {
    name: `${tag} Пётр Ёлкин`,
    companyId: company.id,
    phone: `+7 916 ${local}`,
  });
  const deal = await rpc('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: `${tag} Поставка ёлок` });

  await page.goto('/#/deals');
  await expect(page.getByTestId('search-button')).toBeVisible();
  await page.keyboard.press('Control+K');
  const palette = page.getByTestId('search-palette');
  const box = palette.getByRole('combobox');
  await expect(box).toHaveAccessibleName('Поиск');
  await expect(box).toBeFocused();
  await box.fill(`8 (916) ${local.slice(0, 3)}-${local.slice(3, 5)}-${local.slice(5)}`);
  await expect(palette.getByRole('option')).toHaveText([new RegExp(`${tag} Пётр Ёлкин`)]);
  await box.press('Enter');
  await expect(palette).toBeHidden();
  // A contact hit opens the person's page.
  await expect(page.getByTestId('contact-page').getByRole('heading', { name: contact.name })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/contacts/${contact.id}$`));

  // Lower case, е for ё: the new deal (a lead), the company and the contact, grouped; arrows choose the lead.
  await page.keyboard.press('Control+K');
  await box.fill(`${tag.toLowerCase()} ел`);
  await expect(palette.getByRole('group', { name: 'Лиды' }).getByRole('option')).toHaveText([
    new RegExp(`${tag} Поставка ёлок`),
  ]);
  await expect(palette.getByRole('group', { name: 'Контакты' }).getByRole('option')).toHaveCount(1);
  await palette.screenshot({ path: `${SHOTS}/search-palette-ru-1280x720.png` });
  await page.screenshot({ path: `${SHOTS}/search-page-ru-1280x720.png` });
  const options = palette.getByRole('option');
  const dealIndex = (await options.allTextContents()).findIndex((text) => text.includes('Поставка'));
  for (let step = 0; step < dealIndex; step += 1) await box.press('ArrowDown');
  await expect(options.nth(dealIndex)).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(page.getByRole('dialog', { name: deal.title })).toBeVisible();
  // Over the page in view (the contact's page, opened from the search before).
  await expect(page).toHaveURL(new RegExp(`#/contacts/${contact.id}\\?deal=${deal.id}`));
  await page.keyboard.press('Escape');

  // The empty box lists what was opened from it, newest first; English throughout.
  await rpc('settings.set', { 'ui.language': 'en' });
  await page.goto('/#/companies');
  await expect(page.getByTestId('search-button')).toBeVisible();
  await page.getByTestId('search-button').click();
  await expect(palette.getByRole('group', { name: 'Recent' }).getByRole('option')).toHaveText([
    new RegExp(deal.title),
    new RegExp(contact.name),
  ]);
  await box.fill(tag);
  await expect(palette.getByRole('group', { name: 'Companies' }).getByRole('option')).toHaveText([
    new RegExp(`${tag} Ёлочка`),
  ]);
  await palette.screenshot({ path: `${SHOTS}/search-palette-en-1280x720.png` });
  await rpc('settings.set', { 'ui.language': 'ru' });
});

/**
 * Issue 16 #2: a table's state saved as a named view, made the default, opened again from the bare
 * list after a reload; screenshots in ru and en. The default is cleared after (the host is shared).
 */
test('saved views: save the companies table as a default view, the bare list opens with it', async ({ page, rpc }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = `Вид${Date.now().toString(36)}`;
  await rpc('companies.create', { name: `${tag} Альфа` });
  await rpc('companies.create', { name: `${tag} Бета` });
  try {
    await page.goto(`/#/companies?q=${encodeURIComponent(tag)}&sort=-name`);
    await expect(page.getByTestId('companies-count')).toHaveText('2 компании');
    await page.getByRole('button', { name: 'Сохранить вид' }).click();
    const dialog = page.getByRole('dialog', { name: 'Сохранить вид' });
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Введите название');
    await dialog.getByLabel('Название вида').fill(`Мои ${tag}`);
    await dialog.getByLabel('Открывать этот вид по умолчанию').check();
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(/view=/);
    await expect(page.getByLabel('Вид', { exact: true })).toHaveValue(/.+/);
    await page.screenshot({ path: `${SHOTS}/saved-views-companies-ru-1280x720.png` });

    // The bare list (the sidebar's link), reloaded: the default view's search and sort come back.
    await page.goto('/#/companies');
    await page.reload();
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(tag)}`));
    await expect(page.getByTestId('companies-count')).toHaveText('2 компании');
    await expect(page.getByRole('row').locator('td:first-child')).toHaveText([`${tag} Бета`, `${tag} Альфа`]);

    await rpc('settings.set', { 'ui.language': 'en' });
    await page.reload();
    await expect(page.getByRole('button', { name: 'Stop opening by default' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/saved-views-companies-en-1280x720.png` });
  } finally {
    await rpc('views.setDefault', { list: 'companies', viewId: null });
    for (const view of await rpc('views.list', { list: 'companies' })) {
      if (view.name.includes(tag)) await rpc('views.delete', { id: view.id });
    }
    await rpc('settings.set', { 'ui.language': 'ru' });
  }
});

/**
 * Issue 16 #1, "appear in forms": New deal shows a required text field and an optional select of
 * deals, refuses to save without the required one (naming it), and writes both with the deal.
 */
test('New deal: custom fields in the form, a required one named when empty, saved with the deal', async ({
  page,
  rpc,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = `НС${Date.now().toString(36)}`;
  const tender = `Номер тендера ${tag}`;
  const region = `Регион ${tag}`;
  const required = await rpc('customFields.create', {
    entity: 'deal',
    nameRu: tender,
    nameEn: `Tender number ${tag}`,
    type: 'text',
    required: 'always',
  });
  const select = await rpc('customFields.create', {
    entity: 'deal',
    nameRu: region,
    nameEn: `Region ${tag}`,
    type: 'single_select',
    options: [
      { label: 'Москва', colour: 'blue' },
      { label: 'Урал', colour: 'green' },
    ],
  });
  try {
    const title = `${tag} Поставка`;
    await page.goto('/#/deals');
    await page.getByRole('button', { name: 'Новая сделка' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новая сделка' });
    const section = dialog.getByTestId('custom-fields-form');
    await expect(section.getByLabel(tender)).toBeVisible();
    await expect(section.getByLabel(region)).toBeVisible();
    // The optional one says so; the required one does not.
    await expect(section.locator('.field').filter({ has: page.getByLabel(region) })).toContainText('необязательно');
    await expect(section.locator('.field').filter({ has: page.getByLabel(tender) })).not.toContainText('необязательно');

    await dialog.getByLabel('Название').fill(title);
    await section.getByLabel(region).selectOption({ label: 'Урал' });
    await dialog.getByRole('button', { name: 'Создать сделку' }).click();
    await expect(dialog.getByTestId(`deal-cf-${required.id}-error`)).toHaveText(`Заполните поле «${tender}»`);
    await expect(section.getByLabel(tender)).toBeFocused();
    await page.screenshot({ path: `${SHOTS}/new-deal-custom-fields-ru-1280x720.png` });
    expect((await rpc('deals.list', { search: title })).total).toBe(0);

    await section.getByLabel(tender).fill('Т-123');
    await dialog.getByRole('button', { name: 'Создать сделку' }).click();
    await expect(dialog).toBeHidden();
    const [deal] = (await rpc('deals.list', { search: title })).rows;
    await page.goto(`/#/deals?deal=${deal!.id}`);
    const drawer = page.getByRole('dialog', { name: title });
    await expect(drawer.getByLabel(tender)).toHaveValue('Т-123');
    await expect(drawer.getByLabel(region)).toHaveValue(select.options[1]!.id);
  } finally {
    // Other specs on this host create deals without it.
    await rpc('customFields.archive', { id: required.id });
    await rpc('customFields.archive', { id: select.id });
  }
});

/** The same in New company and the New lead form (whose custom fields are the deal's). */
test('New company and New lead: a required custom field is asked for and saved with the record', async ({
  page,
  rpc,
}) => {
  test.setTimeout(90_000);
  await rpc('settings.set', { 'ui.language': 'ru' });
  const tag = `НК${Date.now().toString(36)}`;
  const contract = `Договор ${tag}`;
  const channel = `Канал ${tag}`;
  const companyField = await rpc('customFields.create', {
    entity: 'company',
    nameRu: contract,
    nameEn: `Contract ${tag}`,
    type: 'text',
    required: 'always',
  });
  const dealField = await rpc('customFields.create', {
    entity: 'deal',
    nameRu: channel,
    nameEn: `Channel ${tag}`,
    type: 'text',
    required: 'always',
  });
  try {
    await page.goto('/#/companies');
    await page.getByRole('button', { name: 'Новая компания' }).first().click();
    let dialog = page.getByRole('dialog', { name: 'Новая компания' });
    await dialog.getByLabel('Название').fill(`ООО «${tag}»`);
    await dialog.getByRole('button', { name: 'Создать компанию' }).click();
    await expect(dialog.getByTestId(`company-cf-${companyField.id}-error`)).toHaveText(`Заполните поле «${contract}»`);
    await dialog.getByLabel(contract).fill('Д-7');
    await dialog.getByRole('button', { name: 'Создать компанию' }).click();
    await expect(dialog).toBeHidden();
    const [company] = (await rpc('companies.list', { search: tag })).rows;
    expect(await rpc('customFields.values', { entity: 'company', recordId: company!.id })).toEqual({
      [companyField.id]: 'Д-7',
    });

    await page.goto('/#/leads');
    await page.getByRole('button', { name: 'Новый лид' }).click();
    dialog = page.getByRole('dialog', { name: 'Новый лид' });
    // A company made by name with the lead is not asked for its own required field.
    await dialog.getByLabel('Компания').fill(`АО «${tag}»`);
    await dialog.getByRole('button', { name: 'Создать лид' }).click();
    await expect(dialog.getByTestId(`lead-cf-${dealField.id}-error`)).toHaveText(`Заполните поле «${channel}»`);
    await dialog.getByLabel(channel).fill('Выставка');
    await dialog.getByRole('button', { name: 'Создать лид' }).click();
    await expect(dialog).toBeHidden();
    const [lead] = (await rpc('deals.list', { search: `АО «${tag}»` })).rows;
    expect(await rpc('customFields.values', { entity: 'deal', recordId: lead!.id })).toEqual({
      [dealField.id]: 'Выставка',
    });
  } finally {
    await rpc('customFields.archive', { id: companyField.id });
    await rpc('customFields.archive', { id: dealField.id });
  }
});
