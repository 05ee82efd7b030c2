import { readFile } from 'node:fs/promises';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { expect, test } from './fixtures';

const SHOTS = 'test-results/screenshots';
const ACTION = { ru: 'Выгрузить персональные данные', en: 'Export personal data' } as const;

test.afterEach(async ({ rpc }) => {
  await rpc('settings.set', { 'user.currentId': null, 'ui.language': 'ru' });
});

for (const language of ['ru', 'en'] as const) {
  test(`the contact page downloads everything about the person as one JSON file (${language})`, async ({
    page,
    rpc,
  }) => {
    const mark = `Эк${Date.now().toString(36)}`;
    await rpc('settings.set', { 'ui.language': language });
    const { company } = await rpc('companies.create', { name: `ООО «Юг» ${mark}` });
    const { contact } = await rpc('contacts.create', {
      name: `Павел Орлов ${mark}`,
      companyId: company.id,
      email: `orlov.${mark}@yug.example`.toLowerCase(),
      phone: '+7 912 555-77-11',
    });
    const deal = await rpc('deals.create', {
      pipelineId: DEFAULT_PIPELINE.id,
      title: `Котлы ${mark}`,
      companyId: company.id,
      contactId: contact.id,
      valueMinor: 900_000_00,
    });
    await rpc('activities.log', { type: 'call', dealId: deal.id, subject: `Звонок ${mark}` });

    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/#/contacts/${contact.id}`);
    const contactPage = page.getByTestId('contact-page');
    await expect(contactPage.getByRole('heading', { name: `Павел Орлов ${mark}` })).toBeVisible();
    if (language === 'en')
      await page.screenshot({ path: `${SHOTS}/contact-export-action-en-1280x720.png`, animations: 'disabled' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      contactPage.getByRole('button', { name: ACTION[language] }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^personal-data-Павел-Орлов-.+\.json$/);
    const data = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      format: string;
      contact: Record<string, unknown>;
      company: Record<string, unknown>;
      deals: Record<string, unknown>[];
      activities: Record<string, unknown>[];
      history: { column: string; value: unknown }[];
    };
    expect(data.format).toBe('voronka.personal-data');
    expect(data.contact).toMatchObject({ id: contact.id, name: `Павел Орлов ${mark}`, email: contact.email });
    expect(data.contact.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(data.company).toMatchObject({ id: company.id, name: `ООО «Юг» ${mark}` });
    expect(data.deals.map((row) => row.title)).toEqual([`Котлы ${mark}`]);
    expect(data.activities.map((row) => row.subject)).toEqual([`Звонок ${mark}`]);
    expect(data.history.some((entry) => entry.column === 'name' && entry.value === `Павел Орлов ${mark}`)).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: '.json' })).toBeVisible();
  });
}
