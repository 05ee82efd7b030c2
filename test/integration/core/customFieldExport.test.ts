import type { customFieldCreateInputSchema } from '@shared/contract/schemas/customFields';
import type { CustomFieldType } from '@shared/domain/customFields/customFieldKinds';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';

let backend: TempBackend;
afterEach(() => backend?.dispose());

type Client = ReturnType<typeof clientFor>;

const field = (
  client: Client,
  entity: 'deal' | 'company' | 'contact',
  nameEn: string,
  type: CustomFieldType,
  extra: Partial<z.input<typeof customFieldCreateInputSchema>> = {},
) => client.call('customFields.create', { entity, nameRu: `${nameEn} (ru)`, nameEn, type, ...extra });

/** A deal with one custom field of every type, each filled. */
const seed = async () => {
  // 2026-11-23 09:00 UTC = 12:00 in Moscow.
  backend = createTempBackend({ clock: createTestClock(Date.UTC(2026, 10, 23, 9, 0, 0)) });
  const client = clientFor(backend);
  const owner = await client.call('users.create', { name: 'Ольга Петрова', role: 'rep' });
  const company = (await client.call('companies.create', { name: 'ООО Ромашка' })).company;
  const contact = (await client.call('contacts.create', { name: 'Иван Сидоров', companyId: company.id })).contact;
  const deal = await client.call('deals.create', { title: 'Поставка', pipelineId: DEFAULT_PIPELINE.id });
  const fields = {
    tender: await field(client, 'deal', 'Tender number', 'text'),
    budget: await field(client, 'deal', 'Budget', 'money'),
    seats: await field(client, 'deal', 'Seats', 'number'),
    due: await field(client, 'deal', 'Tender date', 'date'),
    call: await field(client, 'deal', 'Call at', 'datetime'),
    signed: await field(client, 'deal', 'Signed', 'checkbox'),
    products: await field(client, 'deal', 'Products', 'multi_select', {
      options: [
        { label: 'CRM', colour: 'blue' },
        { label: 'BI', colour: 'green' },
      ],
    }),
    curator: await field(client, 'deal', 'Curator', 'user'),
    partner: await field(client, 'deal', 'Partner', 'company'),
    champion: await field(client, 'deal', 'Champion', 'contact'),
    archived: await field(client, 'deal', 'Old field', 'text'),
  };
  const [crm, bi] = fields.products.options;
  await client.call('customFields.setValues', {
    entity: 'deal',
    recordId: deal.id,
    values: {
      [fields.tender.id]: '=HYPERLINK("http://evil.example","Click")',
      [fields.budget.id]: { amountMinor: 1_250_050, currency: 'USD' },
      [fields.seats.id]: 42,
      [fields.due.id]: '2026-12-15',
      [fields.call.id]: Date.UTC(2026, 11, 1, 7, 30),
      [fields.signed.id]: true,
      [fields.products.id]: [bi!.id, crm!.id],
      [fields.curator.id]: owner.id,
      [fields.partner.id]: company.id,
      [fields.champion.id]: contact.id,
      [fields.archived.id]: 'kept but not exported',
    },
  });
  await client.call('customFields.archive', { id: fields.archived.id });
  return { client, fields, company, contact };
};

const csvLines = (file: { base64: string }) => Buffer.from(file.base64, 'base64').toString('utf8').split('\r\n');

describe('exports.table with custom fields', () => {
  it('writes every type in CSV, neutralises formula-looking text, leaves archived fields out', async () => {
    const { client, fields } = await seed();
    const file = await client.call('exports.table', {
      table: 'deals',
      query: {},
      columns: ['title', ...Object.values(fields).map((f) => `cf:${f.id}` as const)],
      format: 'csv',
      language: 'en',
    });
    const [header, row] = csvLines(file);
    expect(header).toBe(
      '\uFEFFTitle,Tender number,Budget,Budget (Currency),Seats,Tender date,Call at,Signed,Products,Curator,Partner,Champion',
    );
    expect(row).toBe(
      `Поставка,"'=HYPERLINK(""http://evil.example"",""Click"")",12500.5,USD,42,2026-12-15,2026-12-01 10:30,Yes,"BI, CRM",Ольга Петрова,ООО Ромашка,Иван Сидоров`,
    );
    // Russian: the field names in Russian, the checkbox translated, decimal commas.
    const ru = csvLines(
      await client.call('exports.table', {
        table: 'deals',
        query: {},
        columns: [`cf:${fields.budget.id}`, `cf:${fields.signed.id}`],
        format: 'csv',
        language: 'ru',
      }),
    );
    expect(ru.slice(0, 2)).toEqual(['\uFEFFBudget (ru);Budget (ru) (Валюта);Signed (ru)', '12500,5;USD;Да']);
  });

  it('writes XLSX cells as numbers, dates and neutralised text; no columns given means all active fields', async () => {
    const { client, fields } = await seed();
    const file = await client.call('exports.table', { table: 'deals', query: {}, format: 'xlsx', language: 'en' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['Title', 'Company', 'Stage']);
    expect(header).not.toContain('Old field');
    const cell = (name: string) => sheet.getCell(2, header.indexOf(name) + 1);
    expect(cell('Tender number').value).toBe('\'=HYPERLINK("http://evil.example","Click")');
    expect(cell('Budget').value).toBe(12500.5);
    expect(cell('Budget').numFmt).toBe('#,##0.00');
    expect(cell('Budget (Currency)').value).toBe('USD');
    expect(cell('Seats').value).toBe(42);
    expect(cell('Tender date').value).toEqual(new Date('2026-12-15T00:00:00Z'));
    expect(cell('Call at').value).toEqual(new Date('2026-12-01T10:30:00Z'));
    expect(cell('Signed').value).toBe('Yes');
    expect(cell('Products').value).toBe('BI, CRM');
    expect(cell('Curator').value).toBe('Ольга Петрова');
    // A column of a field archived since the view was saved is dropped, not an error.
    const saved = await client.call('exports.table', {
      table: 'deals',
      query: {},
      columns: ['title', `cf:${fields.archived.id}`],
      format: 'csv',
      language: 'en',
    });
    expect(csvLines(saved)[0]).toBe('\uFEFFTitle');
  });

  it('writes custom columns of companies and contacts, and a user-named header is neutralised', async () => {
    const { client, company, contact } = await seed();
    const risky = await field(client, 'company', '=1+1', 'text');
    const unticked = await field(client, 'contact', 'Newsletter', 'checkbox');
    await client.call('customFields.setValues', {
      entity: 'company',
      recordId: company.id,
      values: { [risky.id]: '@SUM(A1)' },
    });
    await client.call('customFields.setValues', {
      entity: 'contact',
      recordId: contact.id,
      values: { [unticked.id]: false },
    });
    const companies = await client.call('exports.table', {
      table: 'companies',
      query: {},
      columns: ['name', `cf:${risky.id}`],
      format: 'csv',
      language: 'en',
    });
    expect(csvLines(companies).slice(0, 2)).toEqual(["\uFEFFName,'=1+1", "ООО Ромашка,'@SUM(A1)"]);
    const contacts = await client.call('exports.table', {
      table: 'contacts',
      query: {},
      columns: ['name', `cf:${unticked.id}`],
      format: 'xlsx',
      language: 'en',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(contacts.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Name', 'Newsletter']);
    expect(sheet.getRow(2).values).toEqual([undefined, 'Иван Сидоров', 'No']);
  });
});
