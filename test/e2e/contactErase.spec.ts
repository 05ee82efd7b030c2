import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';

const tag = () => `Зк${Date.now().toString(36)}`;
const SHOTS = 'test-results/screenshots';

const TEXT = {
  ru: {
    action: 'Удалить персональные данные',
    exportAction: 'Выгрузить персональные данные',
    confirm: 'Удалить навсегда',
    cancel: 'Отмена',
    erased: 'Персональные данные удалены',
    backups: 'Резервные копии, сделанные раньше, всё ещё содержат эти данные',
    search: 'Поиск',
    noMatch: 'Нет контактов, подходящих под фильтр',
  },
  en: {
    action: 'Erase personal data',
    exportAction: 'Export personal data',
    confirm: 'Erase for good',
    cancel: 'Cancel',
    erased: 'Personal data erased',
    backups: 'Backups made before now still hold this data',
    search: 'Search',
    noMatch: 'No contacts match the filter',
  },
} as const;

test.afterEach(async ({ rpc }) => {
  await rpc('settings.set', { 'user.currentId': null, 'ui.language': 'ru' });
});

for (const language of ['ru', 'en'] as const) {
  test(`a manager erases a person's personal data after a confirmation that names the consequences (${language})`, async ({
    page,
    rpc,
  }) => {
    const text = TEXT[language];
    const mark = tag();
    const manager = await rpc('users.create', { name: `Мария Руководитель ${mark}`, role: 'manager' });
    await rpc('settings.set', { 'user.currentId': manager.id, 'ui.language': language });
    const { company } = await rpc('companies.create', { name: `ООО «Север» ${mark}` });
    const { contact } = await rpc('contacts.create', {
      name: `Ирина Белова ${mark}`,
      companyId: company.id,
      jobTitle: 'Главный инженер',
      role: 'decision_maker',
      email: `belova.${mark}@sever.example`.toLowerCase(),
      phone: '+7 912 555-01-23',
      notes: 'Предпочитает звонки после обеда',
    });
    const deal = await rpc('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title: `Насосы ${mark}`,
      companyId: company.id,
      contactId: contact.id,
      valueMinor: 2_400_000_00,
    });
    await rpc('activities.log', { type: 'call', dealId: deal.id, subject: `Звонок: Ирина Белова ${mark}` });

    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/#/contacts/${contact.id}`);
    const contactPage = page.getByTestId('contact-page');
    await expect(contactPage.getByRole('heading', { name: `Ирина Белова ${mark}` })).toBeVisible();

    // Escape (the dialog's default) keeps everything.
    await contactPage.getByRole('button', { name: text.action }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText(text.backups);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(contactPage.getByRole('heading', { name: `Ирина Белова ${mark}` })).toBeVisible();

    await contactPage.getByRole('button', { name: text.action }).click();
    await expect(dialog).toContainText(`Ирина Белова ${mark}`);
    await expect(dialog.getByRole('button', { name: text.cancel })).toBeFocused();
    await page.screenshot({ path: `${SHOTS}/contact-erase-confirm-${language}-1280x720.png`, animations: 'disabled' });
    await dialog.getByRole('button', { name: text.confirm }).click();
    await expect(dialog).toBeHidden();

    // The erased state: no name, no ways to reach them, no edit; the deal stays linked.
    await expect(contactPage.getByRole('heading', { name: text.erased })).toBeVisible();
    await expect(page.getByTestId('contact-erased-notice')).toBeVisible();
    await expect(contactPage).not.toContainText('Ирина Белова');
    await expect(contactPage).not.toContainText('sever.example');
    await expect(contactPage).not.toContainText('Главный инженер');
    const header = contactPage.getByRole('region', { name: text.erased });
    // Read-only: no Log, no Edit, no Erase; what remains can still be exported on request.
    await expect(header.getByRole('button')).toHaveText([text.exportAction]);
    await expect(contactPage.getByRole('button', { name: text.action })).toHaveCount(0);
    await expect(contactPage.getByTestId('company-deal')).toHaveCount(1);
    await page.screenshot({ path: `${SHOTS}/contact-erased-${language}-1280x720.png` });

    // Not found by the old name, e-mail or phone.
    await page.goto('/#/contacts');
    for (const query of [`Белова ${mark}`, `belova.${mark}`.toLowerCase(), '9125550123']) {
      await page.getByRole('searchbox', { name: text.search }).fill(query);
      await expect(page.getByText(text.noMatch)).toBeVisible();
    }
    expect((await rpc('search.everywhere', { query: mark })).hits.filter((hit) => hit.id === contact.id)).toEqual([]);
    expect(await rpc('deals.get', { id: deal.id })).toMatchObject({ contactId: contact.id, valueMinor: 2_400_000_00 });
  });
}

test('a rep is not offered the erase', async ({ page, rpc }) => {
  const mark = tag();
  const rep = await rpc('users.create', { name: `Олег Продавец ${mark}`, role: 'rep' });
  await rpc('settings.set', { 'user.currentId': rep.id });
  const { contact } = await rpc('contacts.create', { name: `Пётр Орлов ${mark}` });
  await page.goto(`/#/contacts/${contact.id}`);
  const contactPage = page.getByTestId('contact-page');
  await expect(contactPage.getByRole('heading', { name: `Пётр Орлов ${mark}` })).toBeVisible();
  await expect(contactPage.getByRole('button', { name: 'Изменить' })).toBeVisible();
  await expect(contactPage.getByRole('button', { name: TEXT.ru.action })).toHaveCount(0);
});
